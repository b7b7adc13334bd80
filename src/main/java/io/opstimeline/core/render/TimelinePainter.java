package io.opstimeline.core.render;

import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.layout.Clusters;
import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.LaneLayout;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.function.Function;

/**
 * Draws the timeline (axis, lanes, records) for one window onto any {@link Surface} and returns
 * where each record and count badge landed. A lane with few enough visible records is laid out
 * record by record (labels never overlap; what finds no room becomes count badges); a denser lane
 * is drawn as a density profile with badges. Either way a frame never walks all the rows.
 */
public final class TimelinePainter {
    public static final double GUTTER = 136;
    public static final double ROW_HEIGHT = 22;
    static final double LANE_PAD = 6;
    static final double MAX_LABEL = 260;
    /** The most a label may take on a very wide timeline (a 4K screen): whole titles where there is room. */
    private static final double WIDEST_LABEL = 600;

    static final int MAX_ROWS = 64;
    /** Above this many visible records a lane is drawn as density, not record by record. */
    public static final int DETAIL_LIMIT = 2500;

    /** Height below which some of {@code lanes} lanes would not get even one row. */
    public static double minHeight(int lanes) {
        return AxisPainter.HEIGHT + lanes * (ROW_HEIGHT + 2 * LANE_PAD) + 2;
    }

    private static final java.text.NumberFormat COUNT =
            java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH);
    private final LabelMeasure measure = new LabelMeasure();
    private final ItemPainter items = new ItemPainter();
    private final DensityPainter density = new DensityPainter();
    private EventIndex cachedIndex;
    private Lanes cachedLanes;
    private ItemStore cachedStore;

    /** Everything one frame depends on, over a dataset's event index. {@code selectedId} may be null. */
    public record Request(
            EventIndex index,
            Lanes lanes,
            Function<String, EventKind> kinds,
            TimeWindow window,
            double width,
            double height,
            ZoneId zone,
            String selectedId,
            Theme theme) {}

    /** Paints a dataset's frame: the events are put in a columnar store once per index and lanes. */
    public HitMap paint(Surface s, Request r) {
        if (r.index() != cachedIndex || r.lanes() != cachedLanes) {
            cachedStore = EventStores.of(r.index().events(), r.lanes(), r.kinds());
            cachedIndex = r.index();
            cachedLanes = r.lanes();
        }
        return paint(
                s,
                new Frame(
                        cachedStore,
                        r.window(),
                        r.width(),
                        r.height(),
                        r.zone(),
                        r.selectedId(),
                        r.theme(),
                        null,
                        null));
    }

    public HitMap paint(Surface s, Frame f) {
        double x0 = GUTTER;
        double w = Math.max(1, f.width() - GUTTER);
        double maxLabel = maxLabel(w);

        RowMask mask = f.mask();
        boolean hide = mask != null && mask.mode() == RowMask.Mode.HIDE;
        ItemStore store = hide ? mask.matching() : f.store();
        HitMap hits = new HitMap(store);
        int lanes = store.laneCount();
        TimeWindow win = f.window();
        measure.use(s, FontSpec.LABEL);

        LaneLayout[] layouts = new LaneLayout[lanes];
        int[] inView = new int[lanes];
        int[] needed = new int[lanes];
        for (int l = 0; l < lanes; l++) {
            inView[l] = store.countOverlapping(l, win.start(), win.end());
            if (inView[l] <= DETAIL_LIMIT) {
                layouts[l] = LaneLayout.place(
                        store,
                        store.query(l, win.start(), win.end()),
                        win,
                        x0,
                        w,
                        row -> measure.width(store, row, maxLabel));
                if (mask != null && !hide) {
                    layouts[l].prefer(mask::passes); // what the filter keeps is never crowded out by the dimmed
                }
                needed[l] = Math.max(1, layouts[l].stack(MAX_ROWS));
            } else {
                needed[l] = 3;
            }
        }
        int[] granted = LaneHeights.share(
                needed, (int) ((f.height() - AxisPainter.HEIGHT - lanes * 2 * LANE_PAD) / ROW_HEIGHT));

        // Every pixel is filled once, not a background under stripes, axis and gutter: on the software
        // pipeline each filled pixel costs, and overdraw was a third of a frame's fills. Each band
        // reaches a pixel into the next, drawn after it, so no row is left half covered at any scale;
        // the axis and the gutter, painted later, cover the bands' top and left overlaps.
        double y = AxisPainter.HEIGHT;
        double[] laneTop = new double[lanes];
        for (int l = 0; l < lanes; l++) {
            laneTop[l] = y;
            double h = granted[l] * ROW_HEIGHT + 2 * LANE_PAD;
            s.setFill(l % 2 == 1 ? f.theme().laneStripe() : f.theme().background(), 1);
            double lift = l == 0 ? 1 : 0; // under the axis band
            s.fillRect(x0 - 1, y - lift, w + 1, h + 1 + lift);
            y += h;
        }
        s.setFill(f.theme().background(), 1);
        s.fillRect(x0 - 1, y, w + 1, Math.max(0, f.height() - y));
        AxisPainter.paint(s, f.theme(), win, x0, w, 0, y, f.zone());

        // No clip around the records: anything reaching left of the time area is covered by the
        // gutter painted last, and a clip makes the software rasteriser mask every later shape.
        int[][] unshown = new int[lanes][0];
        ItemPainter.Context ctx =
                new ItemPainter.Context(f, store, hide ? mask : null, !hide ? mask : null, hits, measure, maxLabel);
        for (int l = 0; l < lanes; l++) {
            double top = laneTop[l] + LANE_PAD;
            if (layouts[l] == null) {
                ItemStore behind = mask != null && !hide ? f.store() : null;
                ItemStore front = mask != null && !hide ? mask.matching() : store;
                density.paint(s, hits, front, behind, l, win, x0, w, top, granted[l] * ROW_HEIGHT);
            } else {
                unshown[l] = items.paintLane(s, ctx, layouts[l], l, granted[l], needed[l], top);
            }
        }
        if (f.axisTop() > 0) {
            // scrolled: the band again at the visible top, over the records; its grid lines stay below
            AxisPainter.paint(s, f.theme(), win, x0, w, f.axisTop(), f.axisTop() + AxisPainter.HEIGHT, f.zone());
        }
        paintGutter(s, f, hits, store, laneTop, inView, unshown, y);
        return hits;
    }

    private static long minStart(ItemStore store, int[] rows) {
        long m = Long.MAX_VALUE;
        for (int r : rows) {
            m = Math.min(m, store.start(r));
        }
        return m;
    }

    private static long maxEnd(ItemStore store, int[] rows) {
        long m = Long.MIN_VALUE;
        for (int r : rows) {
            m = Math.max(m, store.end(r));
        }
        return m;
    }

    private void paintGutter(
            Surface s,
            Frame f,
            HitMap hits,
            ItemStore store,
            double[] laneTop,
            int[] inView,
            int[][] unshown,
            double lanesBottom) {
        s.setFill(f.theme().gutter(), 1);
        s.fillRect(0, 0, GUTTER, f.height());
        for (int l = 0; l < store.laneCount(); l++) {
            double top = laneTop[l];
            double bottom = l + 1 >= laneTop.length ? lanesBottom : laneTop[l + 1];
            String name = store.lane(l).label();
            hits.addLane(l, name, top, bottom - top, inView[l]);
            s.setFill(store.lane(l).color(), 1);
            s.fillRect(8, top + LANE_PAD + 5, 10, 10);
            String badge = unshown[l].length > 0 ? "+" + Clusters.compact(unshown[l].length) : null;
            s.setFont(FontSpec.SMALL);
            double bw = badge == null ? 0 : s.textWidth(badge) + 8;
            s.setFont(FontSpec.LABEL_BOLD);
            LaneHeader header = LaneHeader.fit(name, s::textWidth, GUTTER - 30, badge == null ? 0 : bw + 6);
            double firstBaseline = top + (header.lines().size() == 1 ? LANE_PAD + 14 : 16);
            s.setFill(f.theme().text(), 1);
            for (int i = 0; i < header.lines().size(); i++) {
                s.fillText(header.lines().get(i), 24, firstBaseline + 14 * i);
            }
            if (badge != null) {
                // A one-row lane: the records that found no room, as a count that lists them when clicked.
                double by = firstBaseline + 14 * header.badgeOnLine() - 11;
                s.setFont(FontSpec.SMALL);
                s.setFill(f.theme().mutedText(), 1);
                s.fillRect(GUTTER - bw - 6, by, bw, 15);
                s.setFill(f.theme().background(), 1);
                s.fillText(badge, GUTTER - bw - 2, by + 11);
                hits.addCluster(
                        unshown[l].length,
                        minStart(store, unshown[l]),
                        maxEnd(store, unshown[l]),
                        GUTTER - bw - 6,
                        by,
                        bw,
                        15,
                        l,
                        unshown[l]);
            }
            double countBaseline = firstBaseline + 14 * (header.lines().size() - 1) + 16;
            if (inView[l] > 0 && countBaseline + 4 <= bottom) {
                s.setFont(FontSpec.SMALL);
                s.setFill(f.theme().mutedText(), 1);
                s.fillText(COUNT.format(inView[l]) + " in view", 24, countBaseline);
            }
            s.setStroke(f.theme().grid(), 1, 1);
            s.line(0, top + 0.5, f.width(), top + 0.5);
        }
        // the gutter's corner, beside the axis band wherever that is, covering lane names scrolled under it
        double top = f.axisTop();
        s.setFill(f.theme().gutter(), 1);
        s.fillRect(0, top, GUTTER, AxisPainter.HEIGHT);
        s.setFont(FontSpec.SMALL);
        s.setFill(f.theme().mutedText(), 1);
        s.fillText("Time zone: " + f.zone().getId(), 8, top + AxisPainter.HEIGHT - 8);
        s.setStroke(f.theme().majorGrid(), 1, 1);
        s.line(GUTTER - 0.5, 0, GUTTER - 0.5, f.height());
        s.line(0, lanesBottom + 0.5, f.width(), lanesBottom + 0.5);
        if (top > 0) {
            s.line(0, top + AxisPainter.HEIGHT - 0.5, GUTTER, top + AxisPainter.HEIGHT - 0.5);
        }
    }

    /**
     * How wide a record's label may run: 260 px on an ordinary window, more on a wide one (a sixth of
     * the time area, at most 600 px), so a 3840-pixel timeline does not cut titles beside empty space.
     */
    static double maxLabel(double timeAreaWidth) {
        return Math.max(MAX_LABEL, Math.min(WIDEST_LABEL, timeAreaWidth / 6));
    }
}
