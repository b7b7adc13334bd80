package io.opstimeline.core.render;

import io.opstimeline.core.time.AxisTicks;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Draws the two-row time axis (major unit above, minor below) and the grid lines beneath it.
 * The zone is written in the corner: a briefing page must say which clock it uses.
 */
public final class AxisPainter {
    public static final double HEIGHT = 44;
    private static final double MINOR_LABEL_GAP = 14;

    private AxisPainter() {}

    /**
     * @param x0    left of the time area (right of the lane gutter)
     * @param width width of the time area
     * @param gridBottom y where grid lines stop
     */
    public static AxisTicks.Axis paint(
            Surface s,
            Theme theme,
            TimeWindow window,
            double x0,
            double width,
            double top,
            double gridBottom,
            ZoneId zone) {
        s.setFont(FontSpec.SMALL);
        double minLabel = s.textWidth("Wed 00:00") + MINOR_LABEL_GAP;
        AxisTicks.Axis axis = AxisTicks.compute(window, width, minLabel, zone, Locale.ENGLISH);

        s.setFill(theme.gutter(), 1);
        s.fillRect(x0, top, width, HEIGHT);
        s.pushClip(x0, top, width, gridBottom - top);
        for (AxisTicks.Tick t : axis.minor()) {
            double x = Math.round(x0 + window.toX(t.time(), width)) + 0.5;
            s.setStroke(theme.grid(), 1, 1);
            s.line(x, top + HEIGHT / 2, x, gridBottom);
            s.setFill(theme.mutedText(), 1);
            s.fillText(t.label(), x + 3, top + HEIGHT - 8);
        }
        paintMajor(s, theme, window, x0, width, top, gridBottom, axis.major());
        s.popClip();
        s.setStroke(theme.majorGrid(), 1, 1);
        s.line(x0, top + HEIGHT - 0.5, x0 + width, top + HEIGHT - 0.5);
        return axis;
    }

    private static void paintMajor(
            Surface s,
            Theme theme,
            TimeWindow window,
            double x0,
            double width,
            double top,
            double gridBottom,
            List<AxisTicks.Tick> major) {
        s.setFont(FontSpec.LABEL_BOLD);
        for (int i = 0; i < major.size(); i++) {
            AxisTicks.Tick t = major.get(i);
            double x = x0 + window.toX(t.time(), width);
            if (x >= x0) {
                double lx = Math.round(x) + 0.5;
                s.setStroke(theme.majorGrid(), 1, 1);
                s.line(lx, top, lx, gridBottom);
            }
            // The label sticks to the left edge while its period is in view, unless the next one pushes it.
            double labelX = Math.max(x, x0) + 4;
            double w = s.textWidth(t.label());
            if (i + 1 < major.size()) {
                double nextX = x0 + window.toX(major.get(i + 1).time(), width);
                labelX = Math.min(labelX, nextX - w - 8);
            }
            if (labelX + w > x0) {
                s.setFill(theme.text(), 1);
                s.fillText(t.label(), labelX, top + 17);
            }
        }
    }
}
