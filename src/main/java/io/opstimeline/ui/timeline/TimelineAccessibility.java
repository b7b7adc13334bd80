package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.render.HitMap;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * What a screen reader (and a tooltip) says about the canvas-drawn timeline: the record or badge
 * the keyboard is on, and the lanes. Built when asked, never per frame.
 */
final class TimelineAccessibility {
    static final String HELP = "Timeline. Tab and Shift+Tab step through records and count badges, then leave; "
            + "Enter lists a badge's records; arrow keys pan, plus and minus zoom, Home shows everything, "
            + "L shows or hides the legend of symbols.";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private TimelineAccessibility() {}

    /** The focused badge, else the selected record, else how to use the timeline. */
    static String describeFocus(TimelineView view) {
        HitMap hits = view.hitMap();
        HitMap.ClusterBox badge = view.focusedBadgeProperty().get();
        if (badge != null) {
            return describeBadge(view, hits, badge);
        }
        String id = view.selectedIdProperty().get();
        if (id != null && hits.store() != null) {
            Optional<HitMap.Box> box = hits.boxOf(id);
            int row = box.isPresent() ? hits.drawnRow(id) : RowOrder.rowOf(hits.store(), id);
            if (row >= 0) {
                String lane = box.map(b -> laneAt(hits, b.centerY()))
                        .orElse(hits.store().lane(hits.store().laneOf(row)).label());
                return "Record: " + hits.store().title(row) + ", " + dates(view.effectiveZone(), hits.store(), row)
                        + ", lane " + lane + (box.isPresent() ? "" : ", not drawn at this zoom") + ".";
            }
        }
        return HELP;
    }

    static String describeBadge(TimelineView view, HitMap hits, HitMap.ClusterBox badge) {
        ZoneId zone = view.effectiveZone();
        String lane =
                hits.store() == null ? "" : hits.store().lane(badge.lane()).label();
        return "Count badge: " + badge.count() + (badge.count() == 1 ? " record" : " records") + " folded in lane "
                + lane + ", " + DAY.format(Instant.ofEpochMilli(badge.from()).atZone(zone)) + " to "
                + DAY.format(Instant.ofEpochMilli(badge.to()).atZone(zone)) + ". Press Enter to list them.";
    }

    /** Every lane by its full name, with what is in view and how much of that is folded. */
    static String describeLanes(TimelineView view) {
        HitMap hits = view.hitMap();
        StringBuilder b = new StringBuilder("Lanes: ");
        for (HitMap.LaneBox lane : hits.lanes()) {
            int folded = hits.clusters().stream()
                    .filter(c -> c.lane() == lane.lane())
                    .mapToInt(HitMap.ClusterBox::count)
                    .sum();
            b.append(lane.label()).append(" (").append(lane.inView()).append(" in view");
            if (folded > 0) {
                b.append(", ").append(folded).append(" folded");
            }
            b.append("); ");
        }
        return hits.lanes().isEmpty() ? HELP : b.append(HELP).toString();
    }

    static String laneAt(HitMap hits, double y) {
        return hits.lanes().stream()
                .filter(l -> l.contains(y))
                .map(HitMap.LaneBox::label)
                .findFirst()
                .orElse("");
    }

    static String dates(ZoneId zone, ItemStore store, int row) {
        String from = DAY.format(Instant.ofEpochMilli(store.start(row)).atZone(zone));
        if (!store.is(row, ItemStore.RANGE)) {
            return from;
        }
        return from + " to " + DAY.format(Instant.ofEpochMilli(store.end(row)).atZone(zone));
    }
}
