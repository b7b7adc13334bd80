package io.opstimeline.core.index;

import io.opstimeline.core.model.Rgb;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The records of a timeline as columns of primitives, grouped by lane and sorted by start inside
 * each lane. One row is one mark in one lane. It answers the two questions a frame asks without
 * walking all rows: which rows overlap a window (binary search bounded by the lane's longest
 * item) and how many rows overlap a span (two binary searches: starts before its end minus ends
 * before its start), which makes density bins and cluster counts O(log n) each.
 *
 * <p>Times are epoch milliseconds. {@code start..end} is the row's cover (everything it may
 * touch, uncertainty included); {@code markStart..markEnd} is what is drawn solid, and equals the
 * cover unless the source data said otherwise.
 */
public final class ItemStore {
    /** The row is a range (a bar), not a point. */
    public static final int RANGE = 1;
    /** The row's date is uncertain (approximate, bounded, or coarser than a day). */
    public static final int UNCERTAIN = 2;
    /** A point dated to a month or year: drawn across its period, not as a false exact day. */
    public static final int COARSE = 4;

    private final LaneInfo[] lanes;
    private final int[] laneOffset;
    private final long[] start;
    private final long[] end;
    private final long[] markStart;
    private final long[] markEnd;
    private final byte[] flags;
    private final short[] kind;
    private final String[] kindIds;
    /** Colour per kind index when lanes are not kinds (e.g. lanes by nation); null: use the lane's. */
    private final Rgb[] kindColors;

    private final TextColumn titles;
    private final TextColumn ids;
    /** Row to its entry in titles and ids: sorting and filtering move four bytes, not the text. */
    private final int[] text;
    /** Per lane slice: the lane's ends ascending, and which row each belongs to. */
    private final long[] endsSorted;

    private final int[] byEnd;
    private final long[] longest;

    ItemStore(
            LaneInfo[] lanes,
            int[] laneOffset,
            long[] start,
            long[] end,
            long[] markStart,
            long[] markEnd,
            byte[] flags,
            short[] kind,
            String[] kindIds,
            Rgb[] kindColors,
            TextColumn titles,
            TextColumn ids,
            int[] text,
            long[] endsSorted,
            int[] byEnd) {
        this.kindColors = kindColors;
        this.lanes = lanes;
        this.laneOffset = laneOffset;
        this.start = start;
        this.end = end;
        this.markStart = markStart;
        this.markEnd = markEnd;
        this.flags = flags;
        this.kind = kind;
        this.kindIds = kindIds;
        this.titles = titles;
        this.ids = ids;
        this.text = text;
        this.endsSorted = endsSorted;
        this.byEnd = byEnd;
        this.longest = new long[lanes.length];
        for (int l = 0; l < lanes.length; l++) {
            long m = 0;
            for (int r = laneOffset[l]; r < laneOffset[l + 1]; r++) {
                m = Math.max(m, end[r] - start[r]);
            }
            longest[l] = m;
        }
    }

    public int size() {
        return start.length;
    }

    public int laneCount() {
        return lanes.length;
    }

    public LaneInfo lane(int lane) {
        return lanes[lane];
    }

    public List<LaneInfo> lanes() {
        return List.of(lanes);
    }

    /** Rows of a lane are {@code laneStart(l) <= row < laneEnd(l)}. */
    public int laneStart(int lane) {
        return laneOffset[lane];
    }

    public int laneEnd(int lane) {
        return laneOffset[lane + 1];
    }

    public int laneOf(int row) {
        int l = Arrays.binarySearch(laneOffset, row);
        if (l >= 0) {
            while (l + 1 < laneOffset.length && laneOffset[l + 1] == row) {
                l++;
            }
            return l;
        }
        return -l - 2;
    }

    public long start(int row) {
        return start[row];
    }

    public long end(int row) {
        return end[row];
    }

    public long markStart(int row) {
        return markStart == null ? start[row] : markStart[row];
    }

    public long markEnd(int row) {
        return markEnd == null ? end[row] : markEnd[row];
    }

    public int flags(int row) {
        return flags[row];
    }

    public boolean is(int row, int flag) {
        return (flags[row] & flag) != 0;
    }

    public String kindId(int row) {
        return kindIds[kind[row]];
    }

    /** The colour a row is drawn in: its kind's where kinds carry colours, else its lane's. */
    public Rgb color(int row) {
        if (kindColors != null && kind[row] < kindColors.length && kindColors[kind[row]] != null) {
            return kindColors[kind[row]];
        }
        return lanes[laneOf(row)].color();
    }

    public int kindIndex(int row) {
        return kind[row];
    }

    public List<String> kindIds() {
        return List.of(kindIds);
    }

    public String title(int row) {
        return titles.get(text[row]);
    }

    /** The entry of {@link #titles()} (and of the ids) that holds this row's text. */
    public int textIndex(int row) {
        return text[row];
    }

    public TextColumn titles() {
        return titles;
    }

    /** The ids, entry for entry beside {@link #titles()} (a row's entry is {@link #textIndex}). */
    public TextColumn ids() {
        return ids;
    }

    /** True when the row's id is exactly these UTF-8 bytes (selection checks make no strings). */
    public boolean idEquals(int row, byte[] utf8) {
        return ids.equalsBytes(text[row], utf8);
    }

    public String id(int row) {
        return ids.get(text[row]);
    }

    /** First row of the lane whose start is at or after t (the lane's end if none). */
    public int firstStartingAtOrAfter(int lane, long t) {
        return lowerBound(start, laneOffset[lane], laneOffset[lane + 1], t);
    }

    /** How many rows of the lane overlap [from, to): start before to, end at or after from. */
    public int countOverlapping(int lane, long from, long to) {
        int lo = laneOffset[lane];
        int startsBefore = lowerBound(start, lo, laneOffset[lane + 1], to) - lo;
        int endsBefore = lowerBound(endsSorted, lo, laneOffset[lane + 1], from) - lo;
        return Math.max(0, startsBefore - endsBefore);
    }

    /**
     * Counts per bin for {@code bins} consecutive spans of {@code step} ms from {@code from}:
     * {@code out[i]} = rows overlapping [from + i*step, from + (i+1)*step). Each bin costs two
     * binary searches, narrowed by the previous bin's answers, whatever the number of rows.
     */
    public void density(int lane, long from, long step, int bins, int[] out) {
        int lo = laneOffset[lane];
        int hi = laneOffset[lane + 1];
        int s = lowerBound(start, lo, hi, from);
        int e = lowerBound(endsSorted, lo, hi, from);
        for (int i = 0; i < bins; i++) {
            long t1 = from + (i + 1) * step;
            int s1 = gallop(start, s, hi, t1);
            out[i] = (s1 - lo) - (e - lo);
            s = s1;
            e = gallop(endsSorted, e, hi, t1);
        }
    }

    /** Rows of the lane overlapping [from, to), ascending by start. */
    public int[] query(int lane, long from, long to) {
        int lo = laneOffset[lane];
        int hi = laneOffset[lane + 1];
        int a = lowerBound(start, lo, hi, satSub(from, longest[lane]));
        int b = lowerBound(start, a, hi, to);
        int[] out = new int[Math.min(b - a, Math.max(0, countOverlapping(lane, from, to)))];
        int k = 0;
        for (int r = a; r < b && k < out.length; r++) {
            if (end[r] >= from) {
                out[k++] = r;
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** First covered instant and last, or null when there are no rows. */
    public long[] extent() {
        if (start.length == 0) {
            return null;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int l = 0; l < lanes.length; l++) {
            if (laneOffset[l + 1] > laneOffset[l]) {
                min = Math.min(min, start[laneOffset[l]]);
                max = Math.max(max, endsSorted[laneOffset[l + 1] - 1]);
            }
        }
        return new long[] {min, max};
    }

    /**
     * The rows in {@code keep} as a store of their own (same lanes, same order), so a filter costs
     * one pass when it changes and nothing per frame. {@code rowMap}, if not null and of size
     * {@link #size()}, receives each old row's new index or -1.
     */
    public ItemStore subset(BitSet keep, int[] rowMap) {
        int n = size();
        int[] map = rowMap != null && rowMap.length == n ? rowMap : new int[n];
        int count = 0;
        for (int r = 0; r < n; r++) {
            map[r] = keep.get(r) ? count++ : -1;
        }
        int[] order = new int[count];
        int[] offs = new int[lanes.length + 1];
        for (int r = keep.nextSetBit(0), k = 0; r >= 0 && r < n; r = keep.nextSetBit(r + 1)) {
            order[k++] = r;
        }
        for (int l = 0; l < lanes.length; l++) {
            int c = 0;
            for (int r = keep.nextSetBit(laneOffset[l]); r >= 0 && r < laneOffset[l + 1]; r = keep.nextSetBit(r + 1)) {
                c++;
            }
            offs[l + 1] = offs[l] + c;
        }
        long[] ns = new long[count];
        long[] ne = new long[count];
        long[] nms = markStart == null ? null : new long[count];
        long[] nme = markEnd == null ? null : new long[count];
        byte[] nf = new byte[count];
        short[] nk = new short[count];
        int[] nt = new int[count];
        for (int k = 0; k < count; k++) {
            int r = order[k];
            nt[k] = text[r];
            ns[k] = start[r];
            ne[k] = end[r];
            if (nms != null) {
                nms[k] = markStart[r];
                nme[k] = markEnd[r];
            }
            nf[k] = flags[r];
            nk[k] = kind[r];
        }
        long[] nes = new long[count];
        int[] nbe = new int[count];
        int k = 0;
        for (int j = 0; j < n; j++) {
            int r = byEnd[j];
            if (map[r] >= 0) {
                nes[k] = endsSorted[j];
                nbe[k++] = map[r];
            }
        }
        return new ItemStore(lanes, offs, ns, ne, nms, nme, nf, nk, kindIds, kindColors, titles, ids, nt, nes, nbe);
    }

    static long satSub(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? Long.MIN_VALUE : r;
    }

    /**
     * {@link #lowerBound} searching forward from {@code from} in doubling steps: neighbouring bins
     * are close in the array, so this touches a few nearby entries instead of a cold binary path.
     */
    static int gallop(long[] a, int from, int hi, long t) {
        int lo = from;
        int bound = 1;
        while (from + bound - 1 < hi && a[from + bound - 1] < t) {
            lo = from + bound;
            bound <<= 1;
        }
        return lowerBound(a, lo, Math.min(from + bound - 1, hi), t);
    }

    /** The first index in [lo, hi) of the sorted {@code a} whose value is at least {@code t} (hi if none). */
    public static int lowerBound(long[] a, int lo, int hi, long t) {
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
