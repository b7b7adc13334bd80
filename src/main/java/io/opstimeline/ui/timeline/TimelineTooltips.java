package io.opstimeline.ui.timeline;

import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.TimelinePainter;
import java.util.Optional;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * A tooltip for what is under the pointer: a lane header's full name and counts, a badge's
 * records, a record's whole title (labels are cut where a later mark begins).
 */
final class TimelineTooltips {
    private final TimelineView view;
    private final Tooltip tip = new Tooltip();
    private boolean installed;

    private TimelineTooltips(TimelineView view) {
        this.view = view;
        tip.setShowDelay(Duration.millis(350));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> update(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> show(null));
    }

    static void install(TimelineView view) {
        new TimelineTooltips(view);
    }

    private void update(double x, double y) {
        show(textAt(view, x, y));
    }

    /** What the tooltip says at a point of the view, or null for nothing. */
    static String textAt(TimelineView view, double x, double y) {
        HitMap hits = view.hitMap();
        Optional<HitMap.ClusterBox> badge = hits.clusterAt(x, y);
        if (badge.isPresent()) {
            return TimelineAccessibility.describeBadge(view, hits, badge.get()).replace("Press Enter", "Click");
        }
        if (x < TimelinePainter.GUTTER) {
            return hits.lanes().stream()
                    .filter(l -> l.contains(y))
                    .findFirst()
                    .map(l -> l.label() + ": " + l.inView() + " in view")
                    .orElse(null);
        }
        Optional<String> id = hits.hit(x, y);
        if (id.isPresent() && hits.store() != null) {
            int row = hits.drawnRow(id.get());
            if (row >= 0) {
                return hits.store().title(row) + "\n"
                        + TimelineAccessibility.dates(view.effectiveZone(), hits.store(), row);
            }
        }
        return null;
    }

    private void show(String text) {
        if (text == null) {
            if (installed) {
                Tooltip.uninstall(view, tip);
                installed = false;
            }
            return;
        }
        tip.setText(text);
        if (!installed) {
            Tooltip.install(view, tip);
            installed = true;
        }
    }
}
