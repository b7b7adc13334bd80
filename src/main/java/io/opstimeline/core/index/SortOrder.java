package io.opstimeline.core.index;

import java.util.Arrays;

/**
 * The permutation that sorts rows by (lane, time), ties kept in input order. Lane, time offset
 * and row number are packed into one long when they fit (always for real campaigns and for ten
 * million generated items), so the sort is a primitive (parallel) sort with no boxing.
 */
final class SortOrder {
    private SortOrder() {
    }

    static int[] byLaneThenStart(byte[] lane, long[] time, int n, int laneCount) {
        int[] order = new int[n];
        if (n == 0) {
            return order;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            min = Math.min(min, time[i]);
            max = Math.max(max, time[i]);
        }
        int idxBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
        int laneBits = 64 - Long.numberOfLeadingZeros(Math.max(1, laneCount - 1));
        long range = max - min;
        int timeBits = range < 0 ? 64 : 64 - Long.numberOfLeadingZeros(Math.max(1, range));
        if (idxBits + laneBits + timeBits <= 63) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (((long) lane[i] << timeBits | (time[i] - min)) << idxBits) | i;
            }
            if (n > 1 << 16) {
                Arrays.parallelSort(keys);
            } else {
                Arrays.sort(keys);
            }
            long mask = (1L << idxBits) - 1;
            for (int i = 0; i < n; i++) {
                order[i] = (int) (keys[i] & mask);
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> lane[a] != lane[b] ? Integer.compare(lane[a], lane[b])
                : time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
