package io.opstimeline.core.map;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The records a map shows: those whose time touches the window, gathered under each of their
 * places (a record with two places is counted at both). {@code matching} counts the ones that pass
 * the filter, so a dimming filter can fade a place whose records all fail it. {@code kindCounts}
 * says how many of them are of each kind, for the marker's colour.
 */
public record PlaceRecords(Place place, List<Event> events, int matching, Map<String, Integer> kindCounts) {

    public PlaceRecords {
        events = List.copyOf(events);
        kindCounts = Map.copyOf(kindCounts);
    }

    /** Counts the records' kinds itself; the window query passes counts it made on the way. */
    public PlaceRecords(Place place, List<Event> events, int matching) {
        this(place, events, matching, countKinds(events));
    }

    private static Map<String, Integer> countKinds(List<Event> events) {
        Map<String, Integer> counts = new HashMap<>();
        events.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * Places with records in the window, in the dataset's place order; records keep time order.
     * With {@code hideNonMatching} the records failing {@code matches} are left out altogether.
     */
    public static List<PlaceRecords> inWindow(
            Dataset dataset, TimeWindow window, Predicate<Event> matches, boolean hideNonMatching) {
        return PlaceIndex.of(dataset).inWindow(window, matches, hideNonMatching);
    }

    /**
     * As {@link #inWindow}, with the filter asked by a record's position in {@code dataset.events()}
     * (the screen's filter result is kept by position, so no record is looked up by its id).
     */
    public static List<PlaceRecords> inWindowByPosition(
            Dataset dataset, TimeWindow window, IntPredicate matchesAt, boolean hideNonMatching) {
        return PlaceIndex.of(dataset).inWindowByPosition(window, matchesAt, hideNonMatching);
    }
}
