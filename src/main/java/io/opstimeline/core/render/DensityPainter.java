package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.layout.Clusters;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;

/**
 * A lane too dense to show record by record: a density profile (records overlapping each
 * two-pixel column, log scale) and count badges over fixed time buckets. Every number comes from
 * the index's counting searches, so the cost depends on the width, not on the number of rows.
 */
final class DensityPainter {
    static final double BIN_PX = 3;
    static final double BUCKET_PX = 150;
    private int[] counts = new int[0];

    /** Paints lane {@code lane} of {@code store} into the band [top, top + h). */
    void paint(
            Surface s,
            HitMap hits,
            ItemStore store,
            ItemStore dimmedBehind,
            int lane,
            TimeWindow window,
            double x0,
            double w,
            double top,
            double h) {
        Rgb color = store.lane(lane).color();
        int bins = bins(w);
        long step = step(window, w);
        long from = Math.floorDiv(window.start(), step) * step;
        ensure(bins);
        // each bin set is counted once per frame (it is the costly part at ten million rows)
        if (dimmedBehind != null) {
            // the dimmed rest first, faint, on the scale of everything; the passing rows over it
            double max = count(dimmedBehind, lane, from, step, bins, counts);
            profile(s, counts, bins, from, step, window, x0, w, top, h, color, 0.12, max);
            store.density(lane, from, step, bins, counts);
            profile(s, counts, bins, from, step, window, x0, w, top, h, color, 0.45, max);
        } else {
            double max = count(store, lane, from, step, bins, counts);
            profile(s, counts, bins, from, step, window, x0, w, top, h, color, 0.45, max);
        }
        badges(s, hits, store, lane, window, x0, w, top + h / 2, color);
    }

    /** Fills {@code out} with the bins' counts; returns log1p of the largest. */
    private static double count(ItemStore store, int lane, long from, long step, int bins, int[] out) {
        store.density(lane, from, step, bins, out);
        int max = 1;
        for (int i = 0; i < bins; i++) {
            max = Math.max(max, out[i]);
        }
        return Math.log1p(max);
    }

    private static void profile(
            Surface s,
            int[] counts,
            int bins,
            long from,
            long step,
            TimeWindow window,
            double x0,
            double w,
            double top,
            double h,
            Rgb color,
            double alpha,
            double logMax) {
        double bottom = Math.floor(top + h - 1);
        double usable = h - 4;
        s.setFill(color, alpha);
        // Columns as whole-pixel rectangles, equal neighbours merged: the software rasteriser fills
        // those on a fast path, where one polygon of thousands of edges costs it tens of ms.
        double runX = 0;
        double runH = -1;
        for (int i = 0; i <= bins; i++) {
            double hgt = i == bins || counts[i] == 0
                    ? 0
                    : Math.max(2, 2 * Math.round(usable * Math.log1p(counts[i]) / logMax / 2));
            double x = Math.round(x0 + window.toX(from + i * step, w));
            if (hgt != runH) {
                if (runH > 0 && x > runX) {
                    s.fillRect(runX, bottom - runH, x - runX, runH);
                }
                runX = x;
                runH = hgt;
            }
        }
    }

    private void badges(
            Surface s,
            HitMap hits,
            ItemStore store,
            int lane,
            TimeWindow window,
            double x0,
            double w,
            double midY,
            Rgb color) {
        long bucket = Clusters.bucketMs(window.span(), w, BUCKET_PX);
        long t = Math.floorDiv(window.start(), bucket) * bucket;
        double prevRight = Double.NEGATIVE_INFINITY;
        for (; t < window.end(); t += bucket) {
            int c = store.countOverlapping(lane, t, t + bucket);
            if (c == 0) {
                continue;
            }
            double bw = Badges.width(s, c);
            double cx = x0 + window.toX(t + bucket / 2, w);
            // kept whole inside the time area: a badge cut by the gutter would misread its count
            double bx = Math.max(Math.max(cx - bw / 2, prevRight + 4), x0 + 2);
            bx = Math.min(bx, x0 + w - bw - 2);
            if (bx < prevRight + 4 || bx + bw < x0 || bx > x0 + w) {
                continue;
            }
            Badges.draw(s, hits, color, 0.92, c, t, t + bucket, bx, midY, bw, lane, null);
            prevRight = bx + bw;
        }
    }

    private static int bins(double w) {
        return (int) Math.ceil(w / BIN_PX) + 2;
    }

    private static long step(TimeWindow window, double w) {
        return Math.max(1, Math.round(window.span() * BIN_PX / w));
    }

    private void ensure(int bins) {
        if (counts.length < bins) {
            counts = new int[bins];
        }
    }
}
