package io.opstimeline.core.layout;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.time.TimeWindow;
import java.util.function.IntToDoubleFunction;

/**
 * Where the visible rows of one lane go at one zoom: each row's pixel extent (mark, uncertainty
 * cover and label together, so labels never overlap), its stack row, and the rows that found no
 * room, merged into clusters. Pure arithmetic over the store; the painter only draws the result.
 */
public final class LaneLayout {
    /** Free pixels kept between neighbours in a stack row. */
    public static final double GAP = 6;
    /** Diamond half-width of a point mark. */
    public static final double POINT_HALF = 6;
    /**
     * A label with less room than this after its mark, before the view's right edge, is put before
     * the mark instead (where it fits): labels with more stay after it, cut with an ellipsis, so
     * they do not change sides as the view pans.
     */
    public static final double FLIP_BELOW = 96;
    /** Overflow rows closer than this (pixels) join one cluster. */
    public static final double CLUSTER_JOIN = 24;
    /** Coordinates are clamped this far outside the view so huge zooms cannot overflow a float. */
    private static final double FAR = 1e5;

    /** Store rows in left-edge order, their pixel geometry, and (after {@link #stack}) their stack rows. */
    public final int[] rows;

    public final double[] markX;
    public final double[] markEnd;
    public final double[] coverX;
    public final double[] coverEnd;
    public final double[] left;
    public final double[] right;
    /** Right edge of the mark and its uncertainty cover alone, without the label. */
    public final double[] markRight;
    /**
     * Where each label must stop because the next mark in its stack row begins there (set by
     * {@link #stack}); positive infinity where the label is drawn whole.
     */
    public final double[] labelEnd;

    public final boolean[] bar;
    public final boolean[] labelInside;
    /**
     * Where each label starts: inside its bar, after the mark, or before it when after it the label
     * would keep only a few letters before the view's right edge and before it there is room (a
     * record near a page's right edge is labelled on its left instead of cut there).
     */
    public final double[] labelX;

    public int[] stackRow;

    private LaneLayout(int n) {
        rows = new int[n];
        markX = new double[n];
        markEnd = new double[n];
        coverX = new double[n];
        coverEnd = new double[n];
        left = new double[n];
        right = new double[n];
        markRight = new double[n];
        labelEnd = new double[n];
        bar = new boolean[n];
        labelInside = new boolean[n];
        labelX = new double[n];
    }

    public int size() {
        return rows.length;
    }

    /**
     * Places the given rows (any order) in a time area starting at {@code x0} of width {@code w}.
     * {@code labelWidth} gives the drawn width of a row's label.
     */
    public static LaneLayout place(
            ItemStore store,
            int[] visibleRows,
            TimeWindow window,
            double x0,
            double w,
            IntToDoubleFunction labelWidth) {
        int n = visibleRows.length;
        LaneLayout l = new LaneLayout(n);
        for (int k = 0; k < n; k++) {
            int r = visibleRows[k];
            double mx = x(window, store.markStart(r), x0, w);
            double me = Math.max(mx, x(window, store.markEnd(r), x0, w));
            double cx = x(window, store.start(r), x0, w);
            double ce = Math.max(cx, x(window, store.end(r), x0, w));
            boolean isBar = store.is(r, ItemStore.RANGE) || store.is(r, ItemStore.COARSE) && me - mx >= 3;
            double labelStart = isBar ? Math.max(mx, x0) + 4 : pointLabelX(mx, x0);
            double lw = labelWidth.applyAsDouble(r);
            boolean inside = isBar && me - labelStart >= lw + 4;
            if (isBar && !inside) {
                labelStart = Math.max(labelStart, me + 4); // drawn after the bar, as the painter does
            }
            // room after the mark up to the view's edge; a label with less than FLIP_BELOW of it there
            // (it would be cut to a few letters or left out) goes before the mark where it fits whole
            double roomAfter = (inside ? Math.min(me, x0 + w) - 4 : x0 + w) - labelStart;
            double before = (isBar ? mx : mx - POINT_HALF) - 4 - lw;
            boolean flipped = roomAfter < Math.min(lw, FLIP_BELOW) && before >= x0 + 4;
            if (flipped) {
                labelStart = before;
                inside = false;
            }
            double labelEnd = inside ? me : labelStart + lw;
            l.rows[k] = r;
            l.markX[k] = mx;
            l.markEnd[k] = me;
            l.coverX[k] = cx;
            l.coverEnd[k] = ce;
            l.left[k] = Math.min(cx, isBar ? mx : mx - POINT_HALF);
            double markEdge = Math.max(ce, isBar ? me : mx + POINT_HALF);
            if (flipped) {
                l.left[k] = Math.min(l.left[k], labelStart - 2);
                l.right[k] = markEdge + 2;
            } else {
                l.right[k] = Math.max(markEdge, labelEnd) + 2;
            }
            l.markRight[k] = (inside || flipped ? l.right[k] : markEdge + 2);
            l.labelX[k] = labelStart;
            l.bar[k] = isBar;
            l.labelInside[k] = inside;
        }
        l.sortByLeft();
        return l;
    }

    /**
     * Where a point record's label starts: after its diamond, or, when the diamond lies left of the
     * view (the record is in view by the day it names or by its uncertain dates), at the view's edge,
     * as a bar's label is: drawn after the unseen diamond it was cut by the edge ("rst day under NATO
     * command" on a page beginning the day after).
     */
    private static double pointLabelX(double markX, double x0) {
        double after = markX + POINT_HALF + 3;
        return markX < x0 ? Math.max(after, x0 + 4) : after;
    }

    private static double x(TimeWindow window, long t, double x0, double w) {
        double v = x0 + window.toX(t, w);
        return Math.max(x0 - FAR, Math.min(x0 + w + FAR, v));
    }

    /** Rows stacked before the others (what a dimming filter keeps), or null for plain order. */
    private boolean[] preferred;

    /** Stack the rows {@code keep} accepts (store rows) first; the rest fill the room they leave. */
    public void prefer(java.util.function.IntPredicate keep) {
        preferred = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            preferred[i] = keep.test(rows[i]);
        }
    }

    /** Stacks into at most {@code maxRows} rows; returns how many rows were used. Unplaced rows get -1. */
    public int stack(int maxRows) {
        stackRow = preferred == null
                ? RowStacker.stack(left, right, markRight, GAP, Math.max(0, maxRows))
                : RowStacker.stack(left, right, markRight, GAP, Math.max(0, maxRows), preferred);
        int used = 0;
        for (int r : stackRow) {
            used = Math.max(used, r + 1);
        }
        cutLabels(used);
        return used;
    }

    /** Each label that the stacker let a later mark into stops a gap before that mark. */
    private void cutLabels(int usedRows) {
        java.util.Arrays.fill(labelEnd, Double.POSITIVE_INFINITY);
        int[] lastInRow = new int[usedRows];
        java.util.Arrays.fill(lastInRow, -1);
        for (int i = 0; i < rows.length; i++) { // in left-edge order
            int r = stackRow[i];
            if (r < 0) {
                continue;
            }
            int prev = lastInRow[r];
            if (prev >= 0 && right[prev] + GAP > left[i] + RowStacker.EPSILON) {
                labelEnd[prev] = left[i] - GAP;
            }
            lastInRow[r] = i;
        }
    }

    /** Right edge of row {@code k} as drawn: its box, or up to where its label was cut. */
    public double drawnRight(int k) {
        return Math.min(right[k], labelEnd[k]);
    }

    /** Indices (into this layout) of rows that found no stack row, in left-edge order. */
    public int[] overflow() {
        int c = 0;
        for (int r : stackRow) {
            if (r < 0) {
                c++;
            }
        }
        int[] out = new int[c];
        int k = 0;
        for (int i = 0; i < stackRow.length; i++) {
            if (stackRow[i] < 0) {
                out[k++] = i;
            }
        }
        return out;
    }

    /**
     * Insertion sort by left edge: the rows arrive sorted by start, so they are nearly in order
     * already (only uncertainty bands move a left edge) and this is close to linear.
     */
    private void sortByLeft() {
        for (int i = 1; i < rows.length; i++) {
            if (left[i] >= left[i - 1]) {
                continue;
            }
            int j = i;
            while (j > 0 && left[j - 1] > left[j]) {
                swap(j, j - 1);
                j--;
            }
        }
    }

    private void swap(int a, int b) {
        int t = rows[a];
        rows[a] = rows[b];
        rows[b] = t;
        swap(markX, a, b);
        swap(markEnd, a, b);
        swap(coverX, a, b);
        swap(coverEnd, a, b);
        swap(left, a, b);
        swap(right, a, b);
        swap(markRight, a, b);
        swap(labelX, a, b);
        boolean x = bar[a];
        bar[a] = bar[b];
        bar[b] = x;
        x = labelInside[a];
        labelInside[a] = labelInside[b];
        labelInside[b] = x;
    }

    private static void swap(double[] v, int a, int b) {
        double t = v[a];
        v[a] = v[b];
        v[b] = t;
    }
}
