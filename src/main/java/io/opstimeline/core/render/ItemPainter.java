package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.layout.Clusters;
import io.opstimeline.core.layout.LaneLayout;
import io.opstimeline.core.model.Rgb;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Draws one laid-out lane record by record: bars and diamonds, uncertainty bands, labels where
 * the layout made room, and count badges for what overflowed, in the lane's last row.
 */
final class ItemPainter {
    private static final Rgb WHITE = Rgb.parse("#ffffff");
    private static final Rgb HIGHLIGHT = Rgb.parse("#ffd33d");
    private static final double ROW = TimelinePainter.ROW_HEIGHT;
    /** Narrower than this, a cut label would be only an ellipsis: the mark is drawn alone. */
    private static final double MIN_LABEL = 14;
    /** Fewer characters than this before the ellipsis, and a shortened label is left out. */
    private static final int MIN_LABEL_CHARS = 4;

    /** Per-frame inputs shared by all lanes. {@code hidden}: rows are of mask.matching(); {@code dim}: rows of the source. */
    record Context(
            Frame frame,
            ItemStore store,
            RowMask hidden,
            RowMask dim,
            HitMap hits,
            LabelMeasure measure,
            double maxLabel) {
        byte[] selected() {
            return frame.selectedId() == null ? null : frame.selectedId().getBytes(StandardCharsets.UTF_8);
        }

        int sourceRow(int row) {
            return hidden == null ? row : hidden.sourceRow(row);
        }
    }

    /**
     * Returns the store rows that found no room and are in no in-lane badge (a one-row lane: the
     * gutter shows them as "+N"), or an empty array.
     */
    int[] paintLane(Surface s, Context c, LaneLayout layout, int lane, int granted, int needed, double top) {
        List<Clusters.Cluster> clusters = List.of();
        int[] unshown = new int[0];
        if (needed > granted && granted >= 2) {
            layout.stack(granted - 1); // the last row carries the badges
            clusters = Clusters.ofOverflow(layout, c.store(), layout.overflow());
        } else if (needed > granted) {
            layout.stack(granted); // one row: records first, the count goes to the gutter
            int[] overflow = layout.overflow();
            unshown = new int[overflow.length];
            for (int i = 0; i < overflow.length; i++) {
                unshown[i] = layout.rows[overflow[i]];
            }
        }
        Rgb color = c.store().lane(lane).color();
        byte[] selected = c.selected();
        for (int k = 0; k < layout.size(); k++) {
            if (layout.stackRow[k] >= 0) {
                drawItem(s, c, layout, k, color, top + layout.stackRow[k] * ROW, selected);
            }
        }
        if (!clusters.isEmpty()) {
            double[] widths = new double[clusters.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Badges.width(s, clusters.get(i).count());
            }
            double x0 = TimelinePainter.GUTTER;
            double x1 = c.frame().width();
            List<Clusters.Cluster> visible = new java.util.ArrayList<>();
            for (Clusters.Cluster cl : clusters) {
                // badge centred on the part of the cluster in view, not on a span reaching far off screen
                visible.add(cl.within(x0 + 2, x1 - 2));
            }
            double[] xs = Clusters.badgePositions(visible, widths, 4);
            double mid = top + (granted - 1) * ROW + ROW / 2;
            for (int i = 0; i < xs.length; i++) {
                Clusters.Cluster cl = clusters.get(i);
                Badges.draw(
                        s,
                        c.hits(),
                        color,
                        0.92,
                        cl.count(),
                        cl.from(),
                        cl.to(),
                        xs[i],
                        mid,
                        widths[i],
                        lane,
                        cl.rows());
            }
        }
        return unshown;
    }

    private void drawItem(Surface s, Context c, LaneLayout l, int k, Rgb color, double rowY, byte[] selectedId) {
        ItemStore store = c.store();
        int row = l.rows[k];
        color = store.color(row);
        int source = c.sourceRow(row);
        boolean dimmed = c.dim() != null && !c.dim().passes(row);
        double fade = dimmed ? 0.25 : 1;
        boolean selected = selectedId != null && store.idEquals(row, selectedId);
        boolean uncertain = store.is(row, ItemStore.UNCERTAIN);
        double mid = rowY + ROW / 2;
        if (c.frame().highlight() != null && c.frame().highlight().get(source)) {
            s.setFill(HIGHLIGHT, 0.55);
            s.fillRect(l.left[k], rowY + 1, l.drawnRight(k) - l.left[k], ROW - 2);
        }
        if (uncertain && l.coverEnd[k] - l.coverX[k] > 2) {
            // Doubt drawn as a pale dashed band over every instant the record may cover.
            double ux = Math.max(l.coverX[k], TimelinePainter.GUTTER - 8);
            double uw = Math.min(l.coverEnd[k], c.frame().width() + 8) - ux;
            s.setFill(color, 0.18 * fade);
            s.fillRect(ux, rowY + 4, uw, ROW - 8);
            s.setStroke(color, 0.7 * fade, 1);
            s.setLineDash(3, 3);
            s.strokeRect(ux, rowY + 4, uw, ROW - 8);
            s.setLineDash();
        }
        String title = store.title(row);
        // Same font as when the row was laid out, so the selected label cannot spill over its neighbour.
        s.setFont(FontSpec.LABEL);
        boolean inside = false;
        boolean pale = false; // a bar of uncertain dates, half as strong: white on it did not read
        if (l.bar[k]) {
            // clipped to just past the view: the rasteriser drops rectangles reaching far off screen
            double bx = Math.max(l.markX[k], TimelinePainter.GUTTER - 8);
            double bw = Math.max(2, Math.min(l.markEnd[k], c.frame().width() + 8) - bx);
            pale = uncertain && !store.is(row, ItemStore.RANGE);
            s.setFill(color, (pale ? 0.45 : 0.9) * fade);
            s.fillRect(bx, rowY + 5, bw, ROW - 10);
            inside = l.labelInside[k];
        } else {
            double x = l.markX[k];
            if (l.markEnd[k] - x >= 12) {
                // Zoomed in past a day: a day-precision record covers its whole day, not its midnight.
                double dx = Math.max(x, TimelinePainter.GUTTER - 8);
                s.setFill(color, 0.16 * fade);
                s.fillRect(dx, rowY + 5, Math.min(l.markEnd[k], c.frame().width() + 8) - dx, ROW - 10);
            }
            s.setFill(color, fade);
            s.fillDiamond(x, mid, LaneLayout.POINT_HALF);
        }
        // where the layout put the label: inside the bar, after the mark, or before it near the right edge
        double labelX = l.labelX[k];
        // a label cut short where the next mark in its row begins (marks win over labels), and past the
        // right edge ending in an ellipsis instead of being cut mid-glyph by the frame's edge
        // (a label inside a bar that runs past the right edge stops at the edge too: a bar beginning on
        // a page's last day printed "Ba" for "Battle of Sirte", cut by the page's clip)
        double room = inside
                ? Math.min(c.maxLabel(), Math.min(l.markEnd[k], c.frame().width()) - 2 - labelX)
                : Math.min(c.maxLabel(), Math.min(l.labelEnd[k], c.frame().width()) - 2 - labelX);
        String label = room < MIN_LABEL
                ? ""
                : c.measure().width(store, row, room + 1) > room
                        ? Labels.fitOrNothing(s, title, room, MIN_LABEL_CHARS)
                        : title;
        s.setFill(
                inside && !pale
                        ? WHITE
                        : dimmed
                                ? c.frame().theme().mutedText()
                                : c.frame().theme().text(),
                inside && !pale ? fade : 1);
        if (!label.isEmpty()) {
            s.fillText(label, labelX, mid + 4);
        }
        double boxLeft = Math.max(l.left[k], TimelinePainter.GUTTER - 8);
        double boxWidth = Math.min(l.drawnRight(k), c.frame().width() + 8) - boxLeft;
        if (selected) {
            s.setStroke(c.frame().theme().selection(), 1, 2);
            s.strokeRect(boxLeft + 1, rowY + 1, boxWidth - 2, ROW - 2);
        }
        c.hits().add(store.id(row), row, boxLeft, rowY, boxWidth, ROW);
    }
}
