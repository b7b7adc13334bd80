package io.opstimeline.core.layout;

/**
 * Greedy row stacking inside one lane (vis-timeline's Stack.js without the DOM): items sorted by
 * left edge go into the first row whose last item ends, plus a gap, before they begin. Items
 * that would need more than {@code maxRows} rows get row -1: the caller counts them as hidden.
 */
public final class RowStacker {
    /** Edges closer than this are not a collision: touching boxes may share a row. */
    public static final double EPSILON = 1e-6;

    private RowStacker() {}

    /**
     * @param left  left edges in pixels, ascending
     * @param right right edges in pixels (each at least its left edge)
     * @param gap   minimum free pixels between neighbours in a row
     * @return the row of each item, or -1 where no row had room
     */
    public static int[] stack(double[] left, double[] right, double gap, int maxRows) {
        return stack(left, right, right, gap, maxRows);
    }

    /**
     * As {@link #stack(double[], double[], double, int)}, but a label may give way to a mark: when
     * no row has room for an item's whole box and no new row may be opened, it goes into the first
     * row whose last item would fit if that item's label were cut short, down to {@code markRight}
     * (its mark and uncertainty without label). So a record is hidden only where marks collide,
     * never because a neighbour's long title runs over an otherwise empty stretch of the lane. The
     * caller cuts the labels (see {@link LaneLayout#labelEnd}).
     *
     * @param markRight right edges of the items without their labels (each at most its right edge)
     */
    public static int[] stack(double[] left, double[] right, double[] markRight, double gap, int maxRows) {
        if (left.length != right.length || left.length != markRight.length) {
            throw new IllegalArgumentException("left, right and markRight must have the same length");
        }
        int[] rows = new int[left.length];
        double[] rowEnd = new double[Math.max(1, maxRows)];
        double[] rowMarkEnd = new double[Math.max(1, maxRows)];
        int used = 0;
        // Once every row is taken, the earliest mark end among them: an item starting before it fits
        // nowhere, and is known to without trying all rows (in a crowded lane most items are such).
        double earliestEnd = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < left.length; i++) {
            if (i > 0 && left[i] < left[i - 1]) {
                throw new IllegalArgumentException("items must be sorted by left edge");
            }
            if (used == maxRows && earliestEnd + gap > left[i] + EPSILON) {
                rows[i] = -1;
                continue;
            }
            int row = firstWithRoom(rowEnd, used, left[i], gap);
            if (row < 0 && used < maxRows) {
                row = used++;
            }
            if (row < 0) {
                row = firstWithRoom(rowMarkEnd, used, left[i], gap); // a label gives way to this mark
            }
            if (row >= 0) {
                rowEnd[row] = right[i];
                rowMarkEnd[row] = markRight[i];
                if (used == maxRows) {
                    earliestEnd = min(rowMarkEnd, used);
                }
            }
            rows[i] = row;
        }
        return rows;
    }

    private static int firstWithRoom(double[] ends, int used, double left, double gap) {
        for (int r = 0; r < used; r++) {
            if (ends[r] + gap <= left + EPSILON) {
                return r;
            }
        }
        return -1;
    }

    private static double min(double[] a, int n) {
        double m = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            m = Math.min(m, a[i]);
        }
        return m;
    }

    /**
     * As {@link #stack(double[], double[], double, int)}, but the items marked {@code first} are
     * stacked as if the others were not there, and the others then take the room left between
     * them (first row with room). What a filter keeps is never crowded out by what it dims.
     */
    public static int[] stack(double[] left, double[] right, double gap, int maxRows, boolean[] first) {
        return stack(left, right, right, gap, maxRows, first);
    }

    /** As above, where the kept items' labels may give way to kept marks (see the five-argument stack). */
    public static int[] stack(
            double[] left, double[] right, double[] markRight, double gap, int maxRows, boolean[] first) {
        int n = left.length;
        int preferred = 0;
        for (boolean f : first) {
            preferred += f ? 1 : 0;
        }
        if (preferred == 0 || preferred == n) {
            return stack(left, right, markRight, gap, maxRows);
        }
        double[] l1 = new double[preferred];
        double[] r1 = new double[preferred];
        double[] m1 = new double[preferred];
        for (int i = 0, k = 0; i < n; i++) {
            if (first[i]) {
                l1[k] = left[i];
                m1[k] = markRight[i];
                r1[k++] = right[i];
            }
        }
        int[] firstRows = stack(l1, r1, m1, gap, maxRows);
        int[] rows = new int[n];
        java.util.List<java.util.List<double[]>> taken = new java.util.ArrayList<>();
        for (int r = 0; r < Math.max(0, maxRows); r++) {
            taken.add(new java.util.ArrayList<>());
        }
        for (int i = 0, k = 0; i < n; i++) {
            if (first[i]) {
                rows[i] = firstRows[k++];
                if (rows[i] >= 0) {
                    taken.get(rows[i]).add(new double[] {left[i], right[i]}); // in left order
                }
            }
        }
        for (java.util.List<double[]> row : taken) {
            // a label cut short for the next mark ends before it, as it will be drawn
            for (int k = 0; k + 1 < row.size(); k++) {
                row.get(k)[1] = Math.min(row.get(k)[1], row.get(k + 1)[0] - gap);
            }
        }
        for (int i = 0; i < n; i++) {
            if (!first[i]) {
                rows[i] = -1;
                for (int r = 0; r < taken.size(); r++) {
                    if (insertIfRoom(taken.get(r), left[i], right[i], gap)) {
                        rows[i] = r;
                        break;
                    }
                }
            }
        }
        return rows;
    }

    /** Adds [l, r] to a row's boxes (sorted by left edge) if it keeps the gap to both neighbours. */
    private static boolean insertIfRoom(java.util.List<double[]> row, double l, double r, double gap) {
        int lo = 0;
        int hi = row.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (row.get(mid)[0] <= l) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        // boxes in a row never overlap, so sorted by left they are sorted by right too
        double prevEnd = lo > 0 ? row.get(lo - 1)[1] : Double.NEGATIVE_INFINITY;
        if (prevEnd + gap > l + EPSILON) {
            return false;
        }
        if (lo < row.size() && r + gap > row.get(lo)[0] + EPSILON) {
            return false;
        }
        row.add(lo, new double[] {l, r});
        return true;
    }
}
