package io.opstimeline.core.index;

import io.opstimeline.core.model.Rgb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects rows in any order, then sorts them once into an {@link ItemStore}. Growing primitive
 * arrays, no object per row. Rows whose lane is negative are dropped by the caller's choice.
 */
public final class ItemStoreBuilder {
    /** Lanes are held in a byte per row; loaders refuse more at the place the 128th is named. */
    public static final int MAX_LANES = 127;

    private LaneInfo[] lanes;
    private final List<String> kindIds = new ArrayList<>();
    private long[] start;
    private long[] end;
    private long[] markStart;
    private long[] markEnd;
    private byte[] lane;
    private byte[] flags;
    private short[] kind;
    private final TextColumn.Builder titles;
    private final TextColumn.Builder ids;
    private boolean marks;
    private final java.util.Map<String, Rgb> kindColors = new java.util.HashMap<>();
    private int n;

    public ItemStoreBuilder(List<LaneInfo> lanes, List<String> kinds, int expectedRows) {
        if (lanes.size() > MAX_LANES) {
            throw new IllegalArgumentException("at most 127 lanes");
        }
        this.lanes = lanes.toArray(new LaneInfo[0]);
        this.kindIds.addAll(kinds);
        int cap = Math.max(16, expectedRows);
        start = new long[cap];
        end = new long[cap];
        lane = new byte[cap];
        flags = new byte[cap];
        kind = new short[cap];
        titles = new TextColumn.Builder(cap);
        ids = new TextColumn.Builder(cap);
    }

    public int size() {
        return n;
    }

    /** Draw rows of this kind in its own colour rather than their lane's (lanes that are not kinds). */
    public void kindColor(String kindId, Rgb color) {
        kindIndex(kindId);
        kindColors.put(kindId, color);
    }

    /** Index of a kind id, added on first use. */
    public int kindIndex(String kindId) {
        int k = kindIds.indexOf(kindId);
        if (k < 0) {
            kindIds.add(kindId);
            k = kindIds.size() - 1;
        }
        return k;
    }

    /** Adds a row whose drawn mark is its whole cover. */
    public void add(int laneIndex, int kindIndex, long from, long to, int rowFlags, String title, String id) {
        int r = next(laneIndex, kindIndex, from, to, rowFlags);
        if (marks) {
            markStart[r] = from;
            markEnd[r] = to;
        }
        titles.add(title);
        ids.add(id);
    }

    /** The generator's shape: title "prefix number", id the number; builds no strings. */
    public void addNumbered(
            int laneIndex, int kindIndex, long from, long to, int rowFlags, String titlePrefix, long number) {
        next(laneIndex, kindIndex, from, to, rowFlags);
        if (marks) {
            markStart[n - 1] = from;
            markEnd[n - 1] = to;
        }
        titles.add(titlePrefix, number);
        ids.add("", number);
    }

    /** Title chars straight from a parser buffer. */
    public void add(
            int laneIndex, int kindIndex, long from, long to, int rowFlags, char[] title, int off, int len, String id) {
        next(laneIndex, kindIndex, from, to, rowFlags);
        if (marks) {
            markStart[n - 1] = from;
            markEnd[n - 1] = to;
        }
        titles.add(title, off, len);
        ids.add(id);
    }

    /** Title chars straight from a parser buffer, a numeric id. */
    public void add(
            int laneIndex, int kindIndex, long from, long to, int rowFlags, char[] title, int off, int len, long id) {
        next(laneIndex, kindIndex, from, to, rowFlags);
        if (marks) {
            markStart[n - 1] = from;
            markEnd[n - 1] = to;
        }
        titles.add(title, off, len);
        ids.add("", id);
    }

    /** Adds a row whose cover (uncertainty included) is wider than its drawn mark. */
    public void add(
            int laneIndex,
            int kindIndex,
            long coverFrom,
            long coverTo,
            long markFrom,
            long markTo,
            int rowFlags,
            String title,
            String id) {
        if (!marks) {
            marks = true;
            markStart = Arrays.copyOf(start, start.length);
            markEnd = Arrays.copyOf(end, end.length);
        }
        int r = next(laneIndex, kindIndex, coverFrom, coverTo, rowFlags);
        markStart[r] = markFrom;
        markEnd[r] = markTo;
        titles.add(title);
        ids.add(id);
    }

    private int next(int laneIndex, int kindIndex, long from, long to, int rowFlags) {
        if (laneIndex < 0 || laneIndex > 126) {
            throw new IllegalArgumentException("no lane " + laneIndex);
        }
        if (n == start.length) {
            int cap = n + (n >> 1) + 16;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            lane = Arrays.copyOf(lane, cap);
            flags = Arrays.copyOf(flags, cap);
            kind = Arrays.copyOf(kind, cap);
            if (marks) {
                markStart = Arrays.copyOf(markStart, cap);
                markEnd = Arrays.copyOf(markEnd, cap);
            }
        }
        start[n] = from;
        end[n] = Math.max(from, to);
        lane[n] = (byte) laneIndex;
        flags[n] = (byte) rowFlags;
        kind[n] = (short) kindIndex;
        return n++;
    }

    /**
     * Appends all of {@code other}'s rows after this builder's, in their order, with lane (and kind)
     * {@code g} of {@code other} becoming {@code laneMap[g]} here: for readers that read one file in parts.
     */
    public void append(ItemStoreBuilder other, int[] laneMap) {
        if (other.marks && !marks) {
            marks = true;
            markStart = Arrays.copyOf(start, start.length);
            markEnd = Arrays.copyOf(end, end.length);
        }
        for (int i = 0; i < other.n; i++) {
            int l = laneMap[other.lane[i]];
            int r = next(l, laneMap[other.kind[i]], other.start[i], other.end[i], other.flags[i]);
            if (marks) {
                markStart[r] = other.marks ? other.markStart[i] : other.start[i];
                markEnd[r] = other.marks ? other.markEnd[i] : other.end[i];
            }
        }
        titles.append(other.titles);
        ids.append(other.ids);
    }

    /** Replaces the lanes, for readers that learn a lane's name only after its rows. */
    public void setLanes(List<LaneInfo> newLanes) {
        if (newLanes.size() > MAX_LANES) {
            throw new IllegalArgumentException("at most 127 lanes");
        }
        lanes = newLanes.toArray(new LaneInfo[0]);
    }

    public ItemStore build() {
        for (int i = 0; i < n; i++) {
            if (lane[i] >= lanes.length) {
                throw new IllegalStateException("row " + i + " is in lane " + lane[i] + " of " + lanes.length);
            }
        }
        int[] order = SortOrder.byLaneThenStart(lane, start, n, lanes.length);
        int[] offs = new int[lanes.length + 1];
        for (int i = 0; i < n; i++) {
            offs[lane[i] + 1]++;
        }
        for (int l = 0; l < lanes.length; l++) {
            offs[l + 1] += offs[l];
        }
        long[] s = new long[n];
        long[] e = new long[n];
        byte[] f = new byte[n];
        short[] k = new short[n];
        long[] ms = marks ? new long[n] : null;
        long[] me = marks ? new long[n] : null;
        for (int r = 0; r < n; r++) {
            int i = order[r];
            s[r] = start[i];
            e[r] = end[i];
            f[r] = flags[i];
            k[r] = kind[i];
            if (marks) {
                ms[r] = markStart[i];
                me[r] = markEnd[i];
            }
        }
        start = null;
        end = null;
        TextColumn t = titles.build();
        TextColumn d = ids.build();
        // per lane, the rows again ordered by end: what lets a span's count be two binary searches
        int[] byEnd = SortOrder.byLaneThenStart(laneColumn(offs, n), e, n, lanes.length);
        long[] endsSorted = new long[n];
        for (int j = 0; j < n; j++) {
            endsSorted[j] = e[byEnd[j]];
        }
        Rgb[] colors = null;
        if (!kindColors.isEmpty()) {
            colors = new Rgb[kindIds.size()];
            for (int i = 0; i < colors.length; i++) {
                colors[i] = kindColors.get(kindIds.get(i));
            }
        }
        return new ItemStore(
                lanes.clone(),
                offs,
                s,
                e,
                ms,
                me,
                f,
                k,
                kindIds.toArray(new String[0]),
                colors,
                t,
                d,
                order,
                endsSorted,
                byEnd);
    }

    private static byte[] laneColumn(int[] offs, int n) {
        byte[] l = new byte[n];
        for (int lane = 0; lane + 1 < offs.length; lane++) {
            Arrays.fill(l, offs[lane], offs[lane + 1], (byte) lane);
        }
        return l;
    }
}
