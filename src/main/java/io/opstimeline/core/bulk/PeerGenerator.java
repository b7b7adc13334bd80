package io.opstimeline.core.bulk;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark generator of {@code shared/bench/gen.js}, ported step for step (mulberry32, the
 * same draws in the same order, IEEE doubles as JavaScript computes them) so the same N and seed
 * give the same items here as in the peer's browser. A test compares the JSON byte for byte.
 */
public final class PeerGenerator {
    public static final int DEFAULT_SEED = 20110301;
    public static final String[][] GROUPS = {
        {"meetings", "Meetings"}, {"statements", "Statements"}, {"strikes", "Strikes"}, {"libya", "Libya"},
        {"syria", "Syria"}, {"egypt", "Egypt"}, {"yemen", "Yemen"}, {"bahrain", "Bahrain"},
    };
    /** 2011-03-01T00:00Z and 2011-12-01T00:00Z (exclusive). */
    public static final long START = 1298937600000L;

    public static final long END = 1322697600000L;
    private static final double HOUR = 3600e3;
    private static final double RANGE_FRACTION = 0.4;
    private static final double MIN_DUR = 2 * HOUR;
    private static final double MAX_DUR = 21 * 24 * HOUR;

    /** Receives each generated item; {@code end} equals {@code start} for a point. */
    public interface Sink {
        void item(int id, int group, boolean range, long start, long end);
    }

    private PeerGenerator() {}

    /** mulberry32, exactly as the JavaScript with 32-bit wrap-around. */
    static final class Mulberry32 {
        private int a;

        Mulberry32(int seed) {
            a = seed;
        }

        double next() {
            a = a + 0x6D2B79F5;
            int t = (a ^ (a >>> 15)) * (1 | a);
            t = (t + (t ^ (t >>> 7)) * (61 | t)) ^ t;
            return ((t ^ (t >>> 14)) & 0xFFFFFFFFL) / 4294967296.0;
        }
    }

    public static void generate(int n, int seed, Sink sink) {
        Mulberry32 rnd = new Mulberry32(seed);
        for (int i = 0; i < n; i++) {
            int g = (int) Math.floor(rnd.next() * GROUPS.length);
            if (rnd.next() < RANGE_FRACTION) {
                long dur = Math.round(MIN_DUR * StrictMath.pow(MAX_DUR / MIN_DUR, rnd.next()));
                long start = START + (long) Math.floor(rnd.next() * (double) (END - START - dur));
                sink.item(i, g, true, start, start + dur);
            } else {
                long start = START + (long) Math.floor(rnd.next() * (double) (END - START));
                sink.item(i, g, false, start, start);
            }
        }
    }

    /** The eight groups as lanes, in the generator's order. */
    public static List<LaneInfo> lanes() {
        List<LaneInfo> lanes = new ArrayList<>();
        for (int g = 0; g < GROUPS.length; g++) {
            lanes.add(new LaneInfo(GROUPS[g][0], GROUPS[g][1], VisPalette.color(g)));
        }
        return lanes;
    }

    /** Generates straight into a store: no JSON, no string per item. */
    public static ItemStore store(int n, int seed) {
        List<String> kinds = new ArrayList<>();
        for (String[] g : GROUPS) {
            kinds.add(g[0]);
        }
        ItemStoreBuilder b = new ItemStoreBuilder(lanes(), kinds, n);
        String[] prefixes = new String[GROUPS.length];
        for (int g = 0; g < GROUPS.length; g++) {
            prefixes[g] = GROUPS[g][1] + " ";
        }
        generate(
                n,
                seed,
                (id, g, range, start, end) ->
                        b.addNumbered(g, g, start, end, range ? ItemStore.RANGE : 0, prefixes[g], id));
        return b.build();
    }

    /** Writes what {@code node gen.js n seed} prints, byte for byte. */
    public static void writeJson(int n, int seed, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"groups\":[");
        for (int g = 0; g < GROUPS.length; g++) {
            sb.append(g == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(GROUPS[g][0])
                    .append("\",\"content\":\"")
                    .append(GROUPS[g][1])
                    .append("\"}");
        }
        sb.append("],\"items\":[");
        out.write(sb.toString());
        IOException[] failed = new IOException[1];
        generate(n, seed, (id, g, range, start, end) -> {
            sb.setLength(0);
            sb.append(id == 0 ? "" : ",")
                    .append("{\"id\":")
                    .append(id)
                    .append(",\"group\":\"")
                    .append(GROUPS[g][0])
                    .append("\",\"type\":\"")
                    .append(range ? "range" : "point")
                    .append("\",\"start\":")
                    .append(start);
            if (range) {
                sb.append(",\"end\":").append(end);
            }
            sb.append(",\"content\":\"")
                    .append(GROUPS[g][1])
                    .append(' ')
                    .append(id)
                    .append("\"}");
            try {
                out.write(sb.toString());
            } catch (IOException e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            throw failed[0];
        }
        out.write("]}\n");
    }
}
