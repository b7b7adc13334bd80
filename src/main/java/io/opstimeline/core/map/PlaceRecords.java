package io.opstimeline.core.map;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
import java.util.function.Predicate;

/**
 * The records a map shows: those whose time touches the window, gathered under each of their
 * places (a record with two places is counted at both). {@code matching} counts the ones that pass
 * the filter, so a dimming filter can fade a place whose records all fail it.
 */
public record PlaceRecords(Place place, List<Event> events, int matching) {

    public PlaceRecords {
        events = List.copyOf(events);
    }

    /**
     * Places with records in the window, in the dataset's place order; records keep time order.
     * With {@code hideNonMatching} the records failing {@code matches} are left out altogether.
     */
    public static List<PlaceRecords> inWindow(Dataset dataset, TimeWindow window, Predicate<Event> matches,
                                              boolean hideNonMatching) {
        return PlaceIndex.of(dataset).inWindow(window, matches, hideNonMatching);
    }
}
