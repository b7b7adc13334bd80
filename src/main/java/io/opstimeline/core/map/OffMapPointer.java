package io.opstimeline.core.map;

import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An arrow on the map's edge standing for markers beyond it (New York, Oslo, Bodø from a view of
 * Libya): where it is drawn, the way it points ({@code dx}, {@code dy}, a unit vector), the text
 * beside it (the nearest place's name and how far it is from the view's centre) and the markers it
 * stands for, so a click can take the view there and a hover can list the records.
 */
public record OffMapPointer(double x, double y, double dx, double dy, String label, List<MarkerGroup> targets) {
    /** How near the arrow a pointer counts as hit: the arrow is small, the slack generous. */
    private static final double HIT_RADIUS = 14;

    public OffMapPointer {
        targets = List.copyOf(targets);
    }

    /** The records of every marker this arrow stands for, without repeats, in time order. */
    public List<Event> records() {
        List<PlaceRecords> places = new ArrayList<>();
        targets.forEach(g -> places.addAll(g.places()));
        return MarkerGroup.distinctInTimeOrder(places);
    }

    /** True when any record behind the arrow has one of {@code ids}. */
    public boolean holdsAny(Set<String> ids) {
        return targets.stream().anyMatch(g -> g.holdsAny(ids));
    }

    /** The place the arrow is named after (its first target's busiest place): where a click goes. */
    public Place place() {
        return targets.get(0).places().get(0).place();
    }

    /** The label without the distance ("Oslo +1"), for an edge too crowded for the whole one. */
    public String shortLabel() {
        int others = -1;
        for (MarkerGroup g : targets) {
            others += g.places().size();
        }
        return place().name() + (others > 0 ? " +" + others : "");
    }

    public boolean hits(double px, double py, double slack) {
        double r = HIT_RADIUS + slack;
        return (px - x) * (px - x) + (py - y) * (py - y) <= r * r;
    }
}
