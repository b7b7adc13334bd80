package io.opstimeline.core.map;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, List<Event>> byPlace = new LinkedHashMap<>();
        Map<String, Integer> matchingByPlace = new LinkedHashMap<>();
        dataset.places().forEach(p -> byPlace.put(p.id(), new ArrayList<>()));
        for (Event e : dataset.events()) {
            if (e.placeIds().isEmpty()
                    || !window.overlaps(e.coverStart().toEpochMilli(), e.coverEnd().toEpochMilli())) {
                continue;
            }
            boolean passes = matches.test(e);
            if (hideNonMatching && !passes) {
                continue;
            }
            for (String placeId : e.placeIds()) {
                List<Event> list = byPlace.get(placeId);
                if (list != null) {
                    list.add(e);
                    matchingByPlace.merge(placeId, passes ? 1 : 0, Integer::sum);
                }
            }
        }
        List<PlaceRecords> out = new ArrayList<>();
        for (Place p : dataset.places()) {
            List<Event> events = byPlace.get(p.id());
            if (!events.isEmpty()) {
                out.add(new PlaceRecords(p, events, matchingByPlace.getOrDefault(p.id(), 0)));
            }
        }
        return out;
    }
}
