package io.opstimeline.core.map;

import io.opstimeline.core.model.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * One marker as drawn: a place, or several places too close on screen to tell apart, with the
 * records at them. The view uses it to answer a click (select a record) and a hover (list them).
 */
public record MarkerGroup(double x, double y, double radius, List<PlaceRecords> places) {

    public MarkerGroup {
        places = List.copyOf(places);
    }

    public int recordCount() {
        return places.stream().mapToInt(p -> p.events().size()).sum();
    }

    public int matchingCount() {
        return places.stream().mapToInt(PlaceRecords::matching).sum();
    }

    /** The group's records without repeats (a record at two crowded places is one record), in time order. */
    public List<Event> records() {
        List<Event> out = new ArrayList<>();
        for (PlaceRecords p : places) {
            for (Event e : p.events()) {
                if (!out.contains(e)) {
                    out.add(e);
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Event e) -> e.start().instant()).thenComparing(Event::id));
        return out;
    }

    public boolean hits(double px, double py, double slack) {
        double dx = px - x;
        double dy = py - y;
        double r = radius + slack;
        return dx * dx + dy * dy <= r * r;
    }
}
