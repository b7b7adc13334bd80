package io.opstimeline.core.chart;

/** Counts of instants per equal-width bin; the overview strip draws these as bars. */
public final class DensityHistogram {
    private DensityHistogram() {}

    /**
     * @param times instants in epoch ms, any order
     * @return counts per bin over [from, to); instants outside are ignored, the last bin includes {@code to}
     */
    public static int[] bin(long[] times, long from, long to, int bins) {
        if (bins <= 0 || to <= from) {
            throw new IllegalArgumentException("need at least one bin over a non-empty range");
        }
        int[] counts = new int[bins];
        double width = (to - from) / (double) bins;
        for (long t : times) {
            if (t < from || t > to) {
                continue;
            }
            int b = (int) ((t - from) / width);
            counts[Math.min(b, bins - 1)]++;
        }
        return counts;
    }

    public static int max(int[] counts) {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }
}
