package io.opstimeline.core.layout;

import io.opstimeline.core.index.ItemStore;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups what cannot be drawn one by one into count badges. Two ways in: rows that overflowed a
 * lane's stack rows (merged when their boxes come within {@link LaneLayout#CLUSTER_JOIN} px), and,
 * when a lane is too dense to lay out at all, fixed time buckets counted from the index.
 */
public final class Clusters {
    /**
     * A badge: how many records, the time span they cover (to zoom into), their pixel extent and
     * which store rows they are (so the badge can list them).
     */
    public record Cluster(int count, long from, long to, double left, double right, int[] rows) {
        public double center() {
            return (left + right) / 2;
        }

        /** The same records with the pixel extent narrowed to [x0, x1]. */
        public Cluster within(double x0, double x1) {
            return new Cluster(count, from, to, Math.max(left, x0), Math.min(right, x1), rows);
        }
    }

    private Clusters() {}

    /**
     * Merges the layout's overflow rows, taken in left-edge order, into clusters: a row joins the
     * current cluster when its left edge is within the join distance of the cluster's right edge.
     */
    public static List<Cluster> ofOverflow(LaneLayout layout, ItemStore store, int[] overflow) {
        List<Cluster> out = new ArrayList<>();
        int first = 0; // index into overflow where the current cluster begins
        long from = 0;
        long to = 0;
        double left = 0;
        double right = 0;
        for (int i = 0; i < overflow.length; i++) {
            int k = overflow[i];
            double l = layout.left[k];
            double r = layout.right[k];
            int row = layout.rows[k];
            if (i > first && l <= right + LaneLayout.CLUSTER_JOIN) {
                from = Math.min(from, store.start(row));
                to = Math.max(to, store.end(row));
                right = Math.max(right, r);
            } else {
                if (i > first) {
                    out.add(cluster(layout, overflow, first, i, from, to, left, right));
                }
                first = i;
                from = store.start(row);
                to = store.end(row);
                left = l;
                right = r;
            }
        }
        if (overflow.length > first) {
            out.add(cluster(layout, overflow, first, overflow.length, from, to, left, right));
        }
        return out;
    }

    private static Cluster cluster(
            LaneLayout layout, int[] overflow, int from, int to, long start, long end, double left, double right) {
        int[] rows = new int[to - from];
        for (int i = from; i < to; i++) {
            rows[i - from] = layout.rows[overflow[i]];
        }
        return new Cluster(rows.length, start, end, left, right, rows);
    }

    /**
     * Where badges go, left to right, so that none overlaps the one before: each is centred on its
     * cluster unless that would collide, then pushed right. Returns the badge left edges.
     */
    public static double[] badgePositions(List<Cluster> clusters, double[] badgeWidths, double gap) {
        double[] x = new double[clusters.size()];
        double prevRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            Cluster c = clusters.get(i);
            double want = c.center() - badgeWidths[i] / 2;
            // inside its cluster's extent where it fits, and never on the badge before it
            want = Math.max(Math.min(want, c.right() - badgeWidths[i]), c.left());
            x[i] = Math.max(want, prevRight + gap);
            prevRight = x[i] + badgeWidths[i];
        }
        return x;
    }

    /** Bucket length for badges about {@code pixels} wide, aligned so buckets stay put while panning. */
    public static long bucketMs(long span, double width, double pixels) {
        return Math.max(1, Math.round(span * pixels / Math.max(1, width)));
    }

    /** Compact count for a badge: 7, 950, 1.2k, 35k, 1.1M. */
    public static String compact(int count) {
        if (count < 1000) {
            return Integer.toString(count);
        }
        long tenthsOfK = rounded(count, 100);
        if (tenthsOfK < 100) {
            return tenths(tenthsOfK) + "k"; // 1.0k to 9.9k
        }
        long k = rounded(count, 1000);
        if (k < 1000) {
            return k + "k"; // 10k to 999k: 9,950 is "10k", 12,615 "13k"
        }
        return tenths(rounded(count, 100_000)) + "M"; // 999,500 is "1.0M"
    }

    /** {@code count / unit}, halves rounded up. */
    private static long rounded(int count, int unit) {
        return ((long) count + unit / 2) / unit;
    }

    /**
     * A count of tenths as "12.5", without the formatter, which was a sixth of a dense frame's
     * layout time (a badge per 150 px).
     */
    private static String tenths(long t) {
        return (t / 10) + "." + (t % 10);
    }
}
