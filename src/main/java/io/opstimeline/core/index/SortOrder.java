package io.opstimeline.core.index;

import io.opstimeline.core.work.BackgroundWork;
import java.util.Arrays;

/**
 * The permutation that sorts rows by (lane, time), ties kept in input order. Lane, time offset
 * and row number are packed into one long when they fit (always for real campaigns and for ten
 * million generated items), so the sort is a primitive (parallel) sort with no boxing.
 */
final class SortOrder {
    private SortOrder() {}

    /**
     * Sorts distinct keys ascending; a large array on two threads. {@code Arrays.parallelSort}
     * sorts on one thread when the common pool has a single worker, as it has on two cores.
     */
    /** Where the second half is sorted, beside the caller's thread. */
    private static final BackgroundWork HELPER = BackgroundWork.daemons("sort-half");

    static long[] sort(long[] keys) {
        int n = keys.length;
        if (n < 1 << 16 || Runtime.getRuntime().availableProcessors() < 2) {
            Arrays.sort(keys);
            return keys;
        }
        int mid = n >>> 1;
        java.util.concurrent.CompletableFuture<Void> other = HELPER.submit(() -> Arrays.sort(keys, mid, n));
        Arrays.sort(keys, 0, mid);
        try {
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Arrays.sort(keys); // finish on this thread; the result is the same
            return keys;
        } catch (java.util.concurrent.ExecutionException e) {
            Arrays.sort(keys); // the other half failed (out of memory?): sort it all here
            return keys;
        }
        long[] out = new long[n];
        int i = 0;
        int j = mid;
        int k = 0;
        while (i < mid && j < n) {
            out[k++] = keys[i] <= keys[j] ? keys[i++] : keys[j++];
        }
        System.arraycopy(keys, i, out, k, mid - i);
        k += mid - i;
        System.arraycopy(keys, j, out, k, n - j);
        return out;
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
            keys = sort(keys);
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
        Arrays.sort(
                boxed,
                (a, b) -> lane[a] != lane[b]
                        ? Integer.compare(lane[a], lane[b])
                        : time[a] != time[b] ? Long.compare(time[a], time[b]) : Integer.compare(a, b));
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
