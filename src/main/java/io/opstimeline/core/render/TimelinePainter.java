package io.opstimeline.core.render;

import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.layout.RowStacker;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Draws the timeline (axis, lanes, records) for one window onto any {@link Surface} and returns
 * where each record landed. Holds no state between frames: the same request gives the same picture
 * on screen and in every export.
 */
public final class TimelinePainter {
    public static final double GUTTER = 136;
    public static final double ROW_HEIGHT = 22;
    private static final double LANE_PAD = 6;
    private static final double MAX_LABEL = 260;
    private static final int MAX_ROWS = 64;

    /** Everything one frame depends on. {@code selectedId} may be null. */
    public record Request(EventIndex index, Lanes lanes, Function<String, EventKind> kinds, TimeWindow window,
                          double width, double height, ZoneId zone, String selectedId, Theme theme) {
    }

    /** One visible record with its pixel extent, before rows are assigned. */
    private record Placed(Event event, double markX, double markEnd, double coverX, double coverEnd,
                          double left, double right, String label) {
    }

    public HitMap paint(Surface s, Request r) {
        HitMap hits = new HitMap();
        double x0 = GUTTER;
        double w = Math.max(1, r.width() - GUTTER);
        s.setFill(r.theme().background(), 1);
        s.fillRect(0, 0, r.width(), r.height());

        List<List<Placed>> perLane = place(s, r, x0, w);
        int[][] rows = new int[perLane.size()][];
        int[] needed = new int[perLane.size()];
        for (int lane = 0; lane < perLane.size(); lane++) {
            rows[lane] = stack(perLane.get(lane), MAX_ROWS);
            needed[lane] = Math.max(1, 1 + max(rows[lane]));
        }
        int[] granted = LaneHeights.share(needed,
                (int) ((r.height() - AxisPainter.HEIGHT - perLane.size() * 2 * LANE_PAD) / ROW_HEIGHT));

        double y = AxisPainter.HEIGHT;
        double[] laneTop = new double[perLane.size()];
        for (int lane = 0; lane < perLane.size(); lane++) {
            laneTop[lane] = y;
            double h = granted[lane] * ROW_HEIGHT + 2 * LANE_PAD;
            if (lane % 2 == 1) {
                s.setFill(r.theme().laneStripe(), 1);
                s.fillRect(x0, y, w, h);
            }
            y += h;
        }
        AxisPainter.paint(s, r.theme(), r.window(), x0, w, 0, y, r.zone());

        s.pushClip(x0, AxisPainter.HEIGHT, w, r.height() - AxisPainter.HEIGHT);
        for (int lane = 0; lane < perLane.size(); lane++) {
            List<Placed> items = perLane.get(lane);
            int[] laneRows = granted[lane] < needed[lane] ? stack(items, granted[lane]) : rows[lane];
            Rgb color = r.kinds().apply(r.lanes().id(lane)).color();
            for (int i = 0; i < items.size(); i++) {
                if (laneRows[i] >= 0) {
                    double rowY = laneTop[lane] + LANE_PAD + laneRows[i] * ROW_HEIGHT;
                    drawItem(s, r, items.get(i), color, rowY, hits);
                }
            }
        }
        s.popClip();
        paintGutter(s, r, perLane, laneTop, granted, y);
        return hits;
    }

    private List<List<Placed>> place(Surface s, Request r, double x0, double w) {
        List<List<Placed>> perLane = new ArrayList<>();
        for (int i = 0; i < r.lanes().count(); i++) {
            perLane.add(new ArrayList<>());
        }
        s.setFont(FontSpec.LABEL);
        List<Event> events = r.index().events();
        for (int idx : r.index().query(r.window().start(), r.window().end())) {
            Event e = events.get(idx);
            int lane = r.lanes().laneOf(e);
            if (lane < 0) {
                continue;
            }
            double markX = x0 + r.window().toX(e.start().epochMilli(), w);
            long markEndMs = e.isRange() ? e.end().periodEnd().toEpochMilli() : e.start().periodEnd().toEpochMilli();
            double markEnd = Math.max(markX, x0 + r.window().toX(markEndMs, w));
            double coverX = x0 + r.window().toX(e.coverStart().toEpochMilli(), w);
            double coverEnd = x0 + r.window().toX(e.coverEnd().toEpochMilli(), w);
            String label = Labels.fit(s, e.title(), MAX_LABEL);
            boolean bar = drawnAsBar(e, markX, markEnd);
            double labelStart = bar ? Math.max(markX, x0) + 4 : markX + 9;
            double labelWidth = s.textWidth(label);
            if (bar && markEnd - labelStart >= labelWidth + 4) {
                labelWidth = 0; // the label fits inside the bar
            } else if (bar) {
                labelStart = Math.max(labelStart, markEnd + 4); // drawn after the bar, as drawItem does
            }
            double left = Math.min(coverX, markX - 6);
            double right = Math.max(Math.max(coverEnd, markEnd), labelStart + labelWidth) + 2;
            perLane.get(lane).add(new Placed(e, markX, markEnd, coverX, coverEnd, left, right, label));
        }
        for (List<Placed> items : perLane) {
            items.sort((a, b) -> Double.compare(a.left(), b.left()));
        }
        return perLane;
    }

    private static int[] stack(List<Placed> items, int maxRows) {
        double[] left = new double[items.size()];
        double[] right = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            left[i] = items.get(i).left();
            right[i] = items.get(i).right();
        }
        return RowStacker.stack(left, right, 6, maxRows);
    }

    private void drawItem(Surface s, Request r, Placed p, Rgb color, double rowY, HitMap hits) {
        Event e = p.event();
        boolean selected = e.id().equals(r.selectedId());
        double mid = rowY + ROW_HEIGHT / 2;
        if (e.isUncertain() && p.coverEnd() - p.coverX() > 2) {
            // Doubt drawn as a pale dashed band over every instant the record may cover.
            s.setFill(color, 0.18);
            s.fillRect(p.coverX(), rowY + 4, p.coverEnd() - p.coverX(), ROW_HEIGHT - 8);
            s.setStroke(color, 0.7, 1);
            s.setLineDash(3, 3);
            s.strokeRect(p.coverX(), rowY + 4, p.coverEnd() - p.coverX(), ROW_HEIGHT - 8);
            s.setLineDash();
        }
        boolean bar = drawnAsBar(e, p.markX(), p.markEnd());
        double labelX;
        // Same font as when the row was laid out, so the selected label cannot spill over its neighbour.
        s.setFont(FontSpec.LABEL);
        if (bar) {
            double bw = Math.max(2, p.markEnd() - p.markX());
            s.setFill(color, e.isUncertain() && !e.isRange() ? 0.45 : 0.9);
            s.fillRect(p.markX(), rowY + 5, bw, ROW_HEIGHT - 10);
            labelX = Math.max(p.markX(), GUTTER) + 4;
            boolean inside = p.markEnd() - labelX >= s.textWidth(p.label()) + 4;
            s.setFill(inside ? Rgb.parse("#ffffff") : r.theme().text(), 1);
            if (!inside) {
                labelX = Math.max(labelX, p.markEnd() + 4);
            }
        } else {
            if (p.markEnd() - p.markX() >= 12) {
                // Zoomed in past a day: a day-precision record covers its whole day, not its midnight.
                s.setFill(color, 0.16);
                s.fillRect(p.markX(), rowY + 5, p.markEnd() - p.markX(), ROW_HEIGHT - 10);
            }
            double[] xs = {p.markX(), p.markX() + 6, p.markX(), p.markX() - 6};
            double[] ys = {mid - 6, mid, mid + 6, mid};
            s.setFill(color, 1);
            s.fillPolygon(xs, ys);
            s.setFill(r.theme().text(), 1);
            labelX = p.markX() + 9;
        }
        s.fillText(p.label(), labelX, mid + 4);
        if (selected) {
            s.setStroke(r.theme().selection(), 1, 2);
            s.strokeRect(p.left() + 1, rowY + 1, p.right() - p.left() - 2, ROW_HEIGHT - 2);
        }
        hits.add(e.id(), p.left(), rowY, p.right() - p.left(), ROW_HEIGHT);
    }

    private void paintGutter(Surface s, Request r, List<List<Placed>> perLane, double[] laneTop, int[] granted,
                             double lanesBottom) {
        s.setFill(r.theme().gutter(), 1);
        s.fillRect(0, 0, GUTTER, r.height());
        s.setFont(FontSpec.SMALL);
        s.setFill(r.theme().mutedText(), 1);
        s.fillText("Time zone: " + r.zone().getId(), 8, AxisPainter.HEIGHT - 8);
        for (int lane = 0; lane < perLane.size(); lane++) {
            double top = laneTop[lane];
            EventKind kind = r.kinds().apply(r.lanes().id(lane));
            s.setFill(kind.color(), 1);
            s.fillRect(8, top + LANE_PAD + 5, 10, 10);
            s.setFont(FontSpec.LABEL_BOLD);
            s.setFill(r.theme().text(), 1);
            s.fillText(Labels.fit(s, r.lanes().label(lane), GUTTER - 66), 24, top + LANE_PAD + 14);
            int hidden = countHidden(perLane.get(lane), granted[lane]);
            if (hidden > 0) {
                // A count badge on the lane's first line: that many records need zooming in to show.
                s.setFont(FontSpec.SMALL);
                String badge = "+" + hidden;
                double bw = s.textWidth(badge) + 8;
                s.setFill(r.theme().mutedText(), 1);
                s.fillRect(GUTTER - bw - 6, top + LANE_PAD + 3, bw, 15);
                s.setFill(r.theme().background(), 1);
                s.fillText(badge, GUTTER - bw - 2, top + LANE_PAD + 14);
            }
            s.setStroke(r.theme().grid(), 1, 1);
            s.line(0, top + 0.5, r.width(), top + 0.5);
        }
        s.setStroke(r.theme().majorGrid(), 1, 1);
        s.line(GUTTER - 0.5, 0, GUTTER - 0.5, r.height());
        s.line(0, lanesBottom + 0.5, r.width(), lanesBottom + 0.5);
    }

    /**
     * Ranges are bars. A point dated only to a month or year is drawn across that period, not as
     * a false exact day; a day or minute point is a diamond.
     */
    private static boolean drawnAsBar(Event e, double markX, double markEnd) {
        return e.isRange() || (e.start().precision().compareTo(DatePrecision.DAY) < 0 && markEnd - markX >= 3);
    }

    private static int countHidden(List<Placed> items, int rows) {
        int hidden = 0;
        for (int row : stack(items, rows)) {
            if (row < 0) {
                hidden++;
            }
        }
        return hidden;
    }

    private static int max(int[] values) {
        int m = -1;
        for (int v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
