package io.opstimeline.core.index;

import io.opstimeline.core.filter.DateRange;
import io.opstimeline.core.filter.TextFold;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;

/** Builds filter masks over a store in one pass over primitive columns. */
public final class RowFilters {
    private RowFilters() {}

    /** Rows whose kind is one of {@code kindIds}. */
    public static BitSet byKinds(ItemStore store, Collection<String> kindIds) {
        boolean[] wanted = new boolean[store.kindIds().size()];
        for (int k = 0; k < wanted.length; k++) {
            wanted[k] = kindIds.contains(store.kindIds().get(k));
        }
        BitSet out = new BitSet(store.size());
        for (int r = 0, n = store.size(); r < n; r++) {
            if (wanted[store.kindIndex(r)]) {
                out.set(r);
            }
        }
        return out;
    }

    /** Rows whose cover overlaps [from, to) (epoch ms; Long.MIN_VALUE / MAX_VALUE for open ends). */
    public static BitSet byRange(ItemStore store, long from, long to) {
        BitSet out = new BitSet(store.size());
        for (int r = 0, n = store.size(); r < n; r++) {
            if (DateRange.overlaps(store.start(r), store.end(r), from, to)) {
                out.set(r);
            }
        }
        return out;
    }

    /** Rows whose title or id contains {@code text}, ignoring case as {@link TextFold} does. */
    public static BitSet byText(ItemStore store, String text) {
        return byText(store, text, null);
    }

    /**
     * {@link #byText(ItemStore, String)} among the rows of {@code within} only (all rows if null).
     * A search that grows as the user types ("Str", then "Stri") can only lose matches, so each
     * keystroke after the first reads the previous matches, not the whole store.
     */
    public static BitSet byText(ItemStore store, String text, BitSet within) {
        Needle needle = new Needle(TextFold.fold(text));
        BitSet out = new BitSet(store.size());
        if (needle.folded.isEmpty()) {
            if (within == null) {
                out.set(0, store.size());
            } else {
                out.or(within);
                out.clear(store.size(), Math.max(store.size(), out.length()));
            }
            return out;
        }
        if (within == null || within.cardinality() > store.size() / 8) {
            // Many rows: their texts lie all over the column in load order, and reading them row by
            // row misses the cache each time. One pass in the column's own order is faster: for the
            // second letter typed in a 1 M store, 25 ms against 150-165 ms.
            int texts = store.titles().size();
            BitSet hit = new BitSet(texts);
            for (int t = 0; t < texts; t++) {
                if (needle.foundIn(store.titles(), t) || needle.foundIn(store.ids(), t)) {
                    hit.set(t);
                }
            }
            for (int r = 0, n = store.size(); r < n; r++) {
                if (hit.get(store.textIndex(r)) && (within == null || within.get(r))) {
                    out.set(r);
                }
            }
            return out;
        }
        for (int r = within.nextSetBit(0); r >= 0 && r < store.size(); r = within.nextSetBit(r + 1)) {
            int t = store.textIndex(r);
            if (needle.foundIn(store.titles(), t) || needle.foundIn(store.ids(), t)) {
                out.set(r);
            }
        }
        return out;
    }

    /**
     * A folded search text and its UTF-8 bytes. Most texts are ASCII: those are searched in place,
     * byte by byte with ASCII lower-casing (which is what folding does to ASCII), making no string;
     * a text holding any other character is decoded and folded whole.
     */
    private static final class Needle {
        private final String folded;
        private final byte[] bytes;
        private final boolean ascii;

        Needle(String folded) {
            this.folded = folded;
            this.bytes = folded.getBytes(StandardCharsets.UTF_8);
            boolean a = true;
            for (byte b : bytes) {
                a &= b >= 0;
            }
            this.ascii = a;
        }

        boolean foundIn(TextColumn column, int t) {
            byte[] hay = column.bytes();
            int from = column.offset(t);
            int end = from + column.length(t);
            boolean asciiText = true;
            for (int i = from; i < end; i++) {
                if (hay[i] < 0) {
                    asciiText = false;
                    break;
                }
            }
            if (asciiText) {
                // a folded non-ASCII needle cannot be inside ASCII text folded
                return ascii && asciiContains(hay, from, end);
            }
            return TextFold.fold(column.get(t)).contains(folded);
        }

        private boolean asciiContains(byte[] hay, int from, int end) {
            int last = end - bytes.length;
            for (int i = from; i <= last; i++) {
                if (lower(hay[i]) == bytes[0] && matchesAt(hay, i)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesAt(byte[] hay, int at) {
            for (int k = 1; k < bytes.length; k++) {
                if (lower(hay[at + k]) != bytes[k]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
