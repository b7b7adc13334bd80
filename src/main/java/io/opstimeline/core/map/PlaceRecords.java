package io.opstimeline.core.map;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The records a map shows at one place: those whose time touches the window (a record with two
 * places is counted at both). {@code matching} counts the ones that pass the filter, so a dimming
 * filter can fade a place whose records all fail it; the kind counts say how many are of each kind,
 * for the marker's colour. Immutable. Not a record: a window's query makes one for each of up to
 * thousands of places every frame, and hands over arrays it made for it instead of copying them.
 */
public final class PlaceRecords {
    private final Place place;
    private final List<Event> events;
    private final int matching;
    /** The kinds present, and how many records of each, in the same order. */
    private final String[] kinds;

    private final int[] kindCounts;
    /** The index these records came from, and the place's number in it. */
    private final PlaceIndex source;

    private final int placeNumber;

    /** From the window's query, which made the arrays for this place alone and keeps no reference to them. */
    private PlaceRecords(
            Place place,
            Event[] events,
            int matching,
            String[] kinds,
            int[] kindCounts,
            PlaceIndex source,
            int placeNumber) {
        this.place = place;
        this.events = Collections.unmodifiableList(Arrays.asList(events));
        this.matching = matching;
        this.kinds = kinds;
        this.kindCounts = kindCounts;
        this.source = source;
        this.placeNumber = placeNumber;
    }

    /** The window query's index: markers group as its places do at a view ({@link MarkerGroups}). */
    PlaceIndex source() {
        return source;
    }

    /** The place's number in {@link #source}'s places. */
    int placeNumber() {
        return placeNumber;
    }

    public Place place() {
        return place;
    }

    /** The records, in time order. */
    public List<Event> events() {
        return events;
    }

    public int matching() {
        return matching;
    }

    /** How many records of each kind are here. */
    public Map<String, Integer> kindCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int k = 0; k < kinds.length; k++) {
            out.put(kinds[k], kindCounts[k]);
        }
        return Collections.unmodifiableMap(out);
    }

    /** How many kinds are here; with {@link #kind} and {@link #kindCount}, the counts without a map. */
    int kindsPresent() {
        return kinds.length;
    }

    String kind(int k) {
        return kinds[k];
    }

    int kindCount(int k) {
        return kindCounts[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceRecords p
                && place.equals(p.place)
                && events.equals(p.events)
                && matching == p.matching
                && kindCounts().equals(p.kindCounts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(place, events, matching);
    }

    @Override
    public String toString() {
        return "PlaceRecords[" + place.id() + ", " + events.size() + " records, " + matching + " matching]";
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

    /** A place's records from the window query of {@code source}; unused kinds dropped from its counts. */
    static PlaceRecords fromQuery(
            PlaceIndex source,
            int placeNumber,
            Place place,
            Event[] events,
            int matching,
            List<String> allKinds,
            int[] counts,
            int offset) {
        List<String> present = new ArrayList<>(2);
        for (int k = 0; k < allKinds.size(); k++) {
            if (counts[offset + k] > 0) {
                present.add(allKinds.get(k));
            }
        }
        int[] n = new int[present.size()];
        for (int k = 0, i = 0; k < allKinds.size(); k++) {
            if (counts[offset + k] > 0) {
                n[i++] = counts[offset + k];
            }
        }
        return new PlaceRecords(place, events, matching, present.toArray(String[]::new), n, source, placeNumber);
    }
}
