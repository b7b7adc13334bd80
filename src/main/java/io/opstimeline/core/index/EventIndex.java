package io.opstimeline.core.index;

import io.opstimeline.core.model.Event;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the events that overlap a time window without scanning them all: covers sorted by start
 * (as the dataset already is), plus the longest cover, bound a binary search (vis-timeline's
 * Group._updateItemsInRange idea, kept free of drawing).
 */
public final class EventIndex {
    private final List<Event> events;
    private final long[] starts;
    private final long[] ends;
    private final long longest;

    public EventIndex(List<Event> eventsSortedByCoverStart) {
        this.events = List.copyOf(eventsSortedByCoverStart);
        int n = events.size();
        starts = new long[n];
        ends = new long[n];
        long max = 0;
        for (int i = 0; i < n; i++) {
            starts[i] = events.get(i).coverStart().toEpochMilli();
            ends[i] = events.get(i).coverEnd().toEpochMilli();
            if (i > 0 && starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("events must be sorted by cover start");
            }
            max = Math.max(max, ends[i] - starts[i]);
        }
        longest = max;
    }

    public static EventIndex of(List<Event> events) {
        Event[] sorted = events.toArray(new Event[0]);
        Arrays.sort(sorted, (a, b) -> a.coverStart().compareTo(b.coverStart()));
        return new EventIndex(Arrays.asList(sorted));
    }

    public List<Event> events() {
        return events;
    }

    public int size() {
        return events.size();
    }

    /** Indices (ascending by start) of events whose cover overlaps [from, to). */
    public int[] query(long from, long to) {
        int lo = ItemStore.lowerBound(starts, 0, starts.length, from - longest);
        int hi = ItemStore.lowerBound(starts, 0, starts.length, to);
        int[] out = new int[hi - lo];
        int k = 0;
        for (int i = lo; i < hi; i++) {
            if (ends[i] >= from) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    /** First and last covered instants, or null for an empty index. */
    public long[] extent() {
        if (starts.length == 0) {
            return null;
        }
        long maxEnd = Arrays.stream(ends).max().getAsLong();
        return new long[] {starts[0], maxEnd};
    }
}
