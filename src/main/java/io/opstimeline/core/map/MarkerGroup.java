package io.opstimeline.core.map;

import io.opstimeline.core.model.Event;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * One marker as drawn: a place, or several places too close on screen to tell apart, with the
 * records at them. The view uses it to answer a click (select a record) and a hover (list them).
 */
public record MarkerGroup(
        double x, double y, double radius, List<PlaceRecords> places, int recordCount, int matchingCount) {

    /**
     * The counts are summed once here: a frame reads them for every marker's size, colour, label and
     * edge arrow, and a zoomed-in frame has thousands of markers.
     */
    public MarkerGroup(double x, double y, double radius, List<PlaceRecords> places) {
        this(x, y, radius, places, recordsAt(places), matchingAt(places));
    }

    public MarkerGroup {
        places = List.copyOf(places);
    }

    private static int recordsAt(List<PlaceRecords> places) {
        int n = 0;
        for (PlaceRecords p : places) {
            n += p.events().size();
        }
        return n;
    }

    private static int matchingAt(List<PlaceRecords> places) {
        int n = 0;
        for (PlaceRecords p : places) {
            n += p.matching();
        }
        return n;
    }

    /** The group's records without repeats (a record at two crowded places is one record), in time order. */
    public List<Event> records() {
        return distinctInTimeOrder(places);
    }

    /** True when any of the group's records has one of {@code ids}; no list is built, as a marker may hold 100,000. */
    public boolean holdsAny(Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        for (PlaceRecords p : places) {
            for (Event e : p.events()) {
                if (ids.contains(e.id())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Records of several places without repeats, in time order; a set keeps it linear in the records. */
    static List<Event> distinctInTimeOrder(List<PlaceRecords> places) {
        Set<Event> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Event> out = new ArrayList<>();
        for (PlaceRecords p : places) {
            for (Event e : p.events()) {
                if (seen.add(e)) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing((Event e) -> e.start().instant()).thenComparing(Event::id));
        return out;
    }

    public boolean hits(double px, double py, double slack) {
        double dx = px - x;
        double dy = py - y;
        double r = radius + slack;
        return dx * dx + dy * dy <= r * r;
    }

    /** Whether the marker lies beyond the view's edges, where an arrow on the edge stands for it. */
    public boolean beyond(MapProjection view) {
        return x() < 0 || y() < 0 || x() > view.width() || y() > view.height();
    }
}
