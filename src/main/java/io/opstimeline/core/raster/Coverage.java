package io.opstimeline.core.raster;

/**
 * Anti-aliased polygon scan conversion: each pixel row is sampled on four sub-scanlines, and each
 * span's ends get their exact horizontal coverage, so edges are smooth without a full
 * supersampled buffer. Even-odd rule (the painters only fill simple polygons).
 */
final class Coverage {
    private static final int SUB = 4;
    private float[] acc = new float[0];
    private double[] cross = new double[16];

    /** Calls the sink once per pixel row with the accumulated coverage of columns x0..x1-1. */
    interface RowSink {
        void row(int y, float[] coverage, int x0, int x1);
    }

    void fill(double[] xs, double[] ys, int cx0, int cy0, int cx1, int cy1, RowSink sink) {
        int n = Math.min(xs.length, ys.length);
        if (n < 3) {
            return;
        }
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        int x0 = Math.max(cx0, (int) Math.floor(minX));
        int x1 = Math.min(cx1, (int) Math.ceil(maxX) + 1);
        int y0 = Math.max(cy0, (int) Math.floor(minY));
        int y1 = Math.min(cy1, (int) Math.ceil(maxY));
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        if (acc.length < x1 - x0 + 1) {
            acc = new float[x1 - x0 + 1];
        }
        if (cross.length < n) {
            cross = new double[n];
        }
        float weight = 1f / SUB;
        for (int y = y0; y < y1; y++) {
            java.util.Arrays.fill(acc, 0, x1 - x0 + 1, 0f);
            boolean any = false;
            for (int s = 0; s < SUB; s++) {
                double sy = y + (s + 0.5) / SUB;
                int k = 0;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double yi = ys[i], yj = ys[j];
                    if ((yi <= sy && sy < yj) || (yj <= sy && sy < yi)) {
                        double x = xs[i] + (sy - yi) * (xs[j] - xs[i]) / (yj - yi);
                        int p = k++;
                        while (p > 0 && cross[p - 1] > x) {
                            cross[p] = cross[p - 1];
                            p--;
                        }
                        cross[p] = x;
                    }
                }
                for (int c = 0; c + 1 < k; c += 2) {
                    any |= span(cross[c], cross[c + 1], x0, x1, weight);
                }
            }
            if (any) {
                sink.row(y, acc, x0, x1);
            }
        }
    }

    private boolean span(double a, double b, int x0, int x1, float weight) {
        a = Math.max(a, x0);
        b = Math.min(b, x1);
        if (b <= a) {
            return false;
        }
        int ia = (int) Math.floor(a);
        int ib = (int) Math.floor(b);
        if (ia == ib) {
            acc[ia - x0] += (float) (b - a) * weight;
            return true;
        }
        acc[ia - x0] += (float) (ia + 1 - a) * weight;
        for (int i = ia + 1; i < ib; i++) {
            acc[i - x0] += weight;
        }
        if (ib < x1) {
            acc[ib - x0] += (float) (b - ib) * weight;
        }
        return true;
    }
}
