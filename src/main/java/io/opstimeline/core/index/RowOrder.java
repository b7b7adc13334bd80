package io.opstimeline.core.index;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Row orders of a store for lists (the records table): the store keeps rows by lane then start,
 * a list wants them by time across lanes. One sort of a packed long key (time offset, row number)
 * per store and column, then every filter or window is one pass over that order, never a new sort.
 */
public final class RowOrder {
    /** Which time a global order sorts by. */
    public enum Key {
        START,
        END
    }

    private RowOrder() {}

    /** All rows by start (or end) across lanes; ties by row number, so lane then start order. */
    public static int[] sorted(ItemStore store, Key key) {
        int n = store.size();
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int r = 0; r < n; r++) {
            long t = time(store, key, r);
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        int idxBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        long range = max - min;
        int timeBits = range < 0 ? 64 : 64 - Long.numberOfLeadingZeros(Math.max(1, range));
        if (idxBits + timeBits <= 63) {
            long[] keys = new long[n];
            for (int r = 0; r < n; r++) {
                keys[r] = ((time(store, key, r) - min) << idxBits) | r;
            }
            keys = SortOrder.sort(keys); // two threads for a large store
            long mask = (1L << idxBits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & mask);
            }
            return order;
        }
        // times spread over more than the key can hold (not met in practice): a boxed sort
        Integer[] boxed = new Integer[n];
        for (int r = 0; r < n; r++) {
            boxed[r] = r;
        }
        Arrays.sort(boxed, (a, b) -> {
            int c = Long.compare(time(store, key, a), time(store, key, b));
            return c != 0 ? c : Integer.compare(a, b);
        });
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    /** Rows in store order (lane, then start): no sort needed. */
    public static int[] storeOrder(ItemStore store) {
        int[] order = new int[store.size()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        return order;
    }

    /**
     * The rows of {@code order} that pass {@code rows} (null: all) and, when {@code window} is not
     * null ({from, to}), overlap [from, to); in the same order. One pass, no sort.
     */
    public static int[] select(ItemStore store, int[] order, BitSet rows, long[] window) {
        if (rows == null && window == null) {
            return order;
        }
        int[] out = new int[rows == null ? order.length : Math.min(order.length, rows.cardinality())];
        int k = 0;
        for (int row : order) {
            if (rows != null && !rows.get(row)) {
                continue;
            }
            if (window != null && (store.start(row) >= window[1] || store.end(row) < window[0])) {
                continue;
            }
            out[k++] = row;
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    /** Where {@code row} is in {@code order}, or -1. */
    public static int indexOf(int[] order, int row) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] == row) {
                return i;
            }
        }
        return -1;
    }

    /** The first row whose id is {@code id}, or -1; one pass over the id bytes, no string per row. */
    public static int rowOf(ItemStore store, String id) {
        if (id == null) {
            return -1;
        }
        byte[] wanted = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int r = 0, n = store.size(); r < n; r++) {
            if (store.idEquals(r, wanted)) {
                return r;
            }
        }
        return -1;
    }

    private static long time(ItemStore store, Key key, int row) {
        return key == Key.START ? store.start(row) : store.end(row);
    }
}
