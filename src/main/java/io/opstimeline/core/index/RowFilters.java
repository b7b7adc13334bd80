package io.opstimeline.core.index;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;

/** Builds filter masks over a store in one pass over primitive columns. */
public final class RowFilters {
    private RowFilters() {
    }

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

    /**
     * Rows whose title contains {@code text}, ignoring case for ASCII letters (other characters
     * must match exactly). Scans the title bytes in place, making no string per row.
     */
    public static BitSet byText(ItemStore store, String text) {
        BitSet out = new BitSet(store.size());
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < needle.length; k++) {
            needle[k] = lower(needle[k]);
        }
        TextColumn titles = store.titles();
        byte[] hay = titles.bytes();
        int m = needle.length;
        if (m == 0) {
            out.set(0, store.size());
            return out;
        }
        byte first = needle[0];
        // scan the blob in its own order (sequential memory), then map texts to rows
        int texts = titles.size();
        BitSet hit = new BitSet(texts);
        for (int t = 0; t < texts; t++) {
            int from = titles.offset(t);
            int last = from + titles.length(t) - m;
            for (int i = from; i <= last; i++) {
                if (lower(hay[i]) == first && matchesAt(hay, i, needle)) {
                    hit.set(t);
                    break;
                }
            }
        }
        for (int r = 0, n = store.size(); r < n; r++) {
            if (hit.get(store.textIndex(r))) {
                out.set(r);
            }
        }
        return out;
    }

    /**
     * {@link #byText(ItemStore, String)} among the rows of {@code within} only (all rows if null).
     * A search that grows as the user types ("Str", then "Stri") can only lose matches, so each
     * keystroke after the first reads the previous matches, not the whole store.
     */
    public static BitSet byText(ItemStore store, String text, BitSet within) {
        if (within == null) {
            return byText(store, text);
        }
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < needle.length; k++) {
            needle[k] = lower(needle[k]);
        }
        BitSet out = new BitSet(store.size());
        if (needle.length == 0) {
            out.or(within);
            out.clear(store.size(), Math.max(store.size(), out.length()));
            return out;
        }
        if (within.cardinality() > store.size() / 8) {
            // Many rows: their titles lie all over the text in load order, and reading them row by
            // row misses the cache each time. One pass in the text's own order is faster: for the
            // second letter typed in a 1 M store, 25 ms against 150-165 ms.
            out = byText(store, text);
            out.and(within);
            return out;
        }
        TextColumn titles = store.titles();
        byte[] hay = titles.bytes();
        for (int r = within.nextSetBit(0); r >= 0 && r < store.size(); r = within.nextSetBit(r + 1)) {
            int t = store.textIndex(r);
            int last = titles.offset(t) + titles.length(t) - needle.length;
            for (int i = titles.offset(t); i <= last; i++) {
                if (lower(hay[i]) == needle[0] && matchesAt(hay, i, needle)) {
                    out.set(r);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean matchesAt(byte[] hay, int at, byte[] needle) {
        for (int k = 1; k < needle.length; k++) {
            if (lower(hay[at + k]) != needle[k]) {
                return false;
            }
        }
        return true;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }
}
