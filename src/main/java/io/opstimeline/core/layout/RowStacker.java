package io.opstimeline.core.layout;

/**
 * Greedy row stacking inside one lane (vis-timeline's Stack.js without the DOM): items sorted by
 * left edge go into the first row whose last item ends, plus a gap, before they begin. Items
 * that would need more than {@code maxRows} rows get row -1: the caller counts them as hidden.
 */
public final class RowStacker {
    /** Edges closer than this are not a collision: touching boxes may share a row. */
    public static final double EPSILON = 1e-6;

    private RowStacker() {
    }

    /**
     * @param left  left edges in pixels, ascending
     * @param right right edges in pixels (each at least its left edge)
     * @param gap   minimum free pixels between neighbours in a row
     * @return the row of each item, or -1 where no row had room
     */
    public static int[] stack(double[] left, double[] right, double gap, int maxRows) {
        if (left.length != right.length) {
            throw new IllegalArgumentException("left and right must have the same length");
        }
        int[] rows = new int[left.length];
        double[] rowEnd = new double[Math.max(1, maxRows)];
        int used = 0;
        for (int i = 0; i < left.length; i++) {
            if (i > 0 && left[i] < left[i - 1]) {
                throw new IllegalArgumentException("items must be sorted by left edge");
            }
            int row = -1;
            for (int r = 0; r < used; r++) {
                if (rowEnd[r] + gap <= left[i] + EPSILON) {
                    row = r;
                    break;
                }
            }
            if (row < 0 && used < maxRows) {
                row = used++;
            }
            if (row >= 0) {
                rowEnd[row] = right[i];
            }
            rows[i] = row;
        }
        return rows;
    }
}
