package io.opstimeline.bench;

import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The windows of {@code shared/bench/PROTOCOL.md} and its statistics, free of any toolkit. */
public final class Protocol {
    public static final long DAY = 86_400_000L;
    /** W0 = [2011-03-01, 2011-12-01) UTC. */
    public static final TimeWindow W0 = new TimeWindow(1298937600000L, 1322697600000L);
    /** 2011-05-01T00:00Z. */
    public static final long PAN_START = 1304208000000L;

    private Protocol() {}

    /** 15 steps in by x0.7 about W0's centre, then 15 back out by /0.7. */
    public static List<TimeWindow> zoomSteps() {
        List<TimeWindow> steps = new ArrayList<>();
        long c = W0.center();
        TimeWindow w = W0;
        for (int i = 0; i < 15; i++) {
            w = w.zoom(0.7, c);
            steps.add(w);
        }
        for (int i = 0; i < 15; i++) {
            w = i == 14 ? W0 : w.zoom(1 / 0.7, c);
            steps.add(w);
        }
        return steps;
    }

    /** The untimed window 3 days before the pan's start. */
    public static TimeWindow panSetup() {
        return new TimeWindow(PAN_START - 3 * DAY, PAN_START - 3 * DAY + 30 * DAY);
    }

    /** 30 steps of a 30-day window from 2011-05-01, 3 days right each. */
    public static List<TimeWindow> panSteps() {
        List<TimeWindow> steps = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long s = PAN_START + i * 3 * DAY;
            steps.add(new TimeWindow(s, s + 30 * DAY));
        }
        return steps;
    }

    public static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Nearest-rank percentile. */
    public static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    /** The protocol's heap figure: used heap after full collections, in MB. */
    public static double usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    /** Per-step times for stderr: "12.3 4.5 ...". */
    public static String list(double[] v) {
        StringBuilder sb = new StringBuilder();
        for (double d : v) {
            sb.append(sb.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f", d));
        }
        return sb.toString();
    }
}
