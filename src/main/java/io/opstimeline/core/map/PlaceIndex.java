package io.opstimeline.core.map;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A dataset's placed records in arrays, built once, so that a frame finds a window's records at
 * their places without touching the others: cover start and end as numbers (no date arithmetic per
 * frame), rows sorted by start so a window is a binary search, each row's place numbers. A frame
 * of 100,000 records then costs two passes over plain arrays instead of a map lookup and a time
 * zone conversion per record.
 */
final class PlaceIndex {
    private final List<Place> places;
    private final List<Event> dataset;
    private final Event[] events;
    /** Each row's position in the dataset's list of events, what a filter over positions tests. */
    private final int[] positionOf;

    private final long[] starts;
    private final long[] ends;
    private final int[][] placesOf;
    /** Each row's kind as a number into {@link #kinds}, so a frame counts kinds in an array. */
    private final int[] kindOf;

    private final List<String> kinds = new ArrayList<>();
    /** The longest record's cover: a window's records start no earlier than its start minus this. */
    private final long longest;
    /** How many records each place has over the whole dataset: the busiest place of a crowd anchors it. */
    private final int[] recordsAt;

    private MarkerGroups.Layout layout;

    private PlaceIndex(Dataset dataset) {
        places = dataset.places();
        this.dataset = dataset.events();
        Map<String, Integer> placeNumber = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            placeNumber.put(places.get(i).id(), i);
        }
        List<Event> placed = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<Event> all = dataset.events();
        for (int i = 0; i < all.size(); i++) {
            if (!all.get(i).placeIds().isEmpty()) {
                placed.add(all.get(i));
                positions.add(i);
            }
        }
        int n = placed.size();
        long[] rawStarts = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            rawStarts[i] = placed.get(i).coverStart().toEpochMilli();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(rawStarts[a], rawStarts[b]));
        events = new Event[n];
        positionOf = new int[n];
        starts = new long[n];
        ends = new long[n];
        placesOf = new int[n][];
        kindOf = new int[n];
        Map<String, Integer> kindNumber = new HashMap<>();
        long max = 0;
        for (int i = 0; i < n; i++) {
            Event e = placed.get(order[i]);
            events[i] = e;
            positionOf[i] = positions.get(order[i]);
            starts[i] = rawStarts[order[i]];
            ends[i] = e.coverEnd().toEpochMilli();
            max = Math.max(max, ends[i] - starts[i]);
            kindOf[i] = kindNumber.computeIfAbsent(e.kind(), k -> {
                kinds.add(k);
                return kinds.size() - 1;
            });
            placesOf[i] = e.placeIds().stream()
                    .map(placeNumber::get)
                    .filter(p -> p != null)
                    .mapToInt(Integer::intValue)
                    .toArray();
        }
        longest = max;
        recordsAt = new int[places.size()];
        for (int[] ps : placesOf) {
            for (int p : ps) {
                recordsAt[p]++;
            }
        }
    }

    /**
     * How the dataset's places group into markers at a view, made once a view (a screen asks at
     * every window step, an export for each page): the groups do not change as the window moves.
     */
    synchronized MarkerGroups.Layout layout(MapProjection view, double crowdPixels) {
        if (layout == null || !layout.view().equals(view) || layout.crowdPixels() != crowdPixels) {
            layout = MarkerGroups.layout(places, recordsAt, view, crowdPixels);
        }
        return layout;
    }

    /** Datasets are immutable and compared by identity: a dataset keeps its index until it is dropped. */
    private static final Map<Dataset, PlaceIndex> CACHE = new WeakHashMap<>();

    /** The index of a dataset, built on first use and kept while the dataset lives. */
    static PlaceIndex of(Dataset dataset) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(dataset, PlaceIndex::new);
        }
    }

    /** As {@link PlaceRecords#inWindow}: places in dataset order, each with its records in time order. */
    List<PlaceRecords> inWindow(TimeWindow window, Predicate<Event> matches, boolean hideNonMatching) {
        return inWindowByPosition(window, p -> matches.test(dataset.get(p)), hideNonMatching);
    }

    /**
     * As {@link #inWindow}, the filter asked by each record's position in the dataset's events: a
     * frame of 100,000 records then costs no lookup by id.
     */
    List<PlaceRecords> inWindowByPosition(TimeWindow window, IntPredicate matchesAt, boolean hideNonMatching) {
        int from = ItemStore.lowerBound(starts, 0, starts.length, window.start() - longest);
        int to = ItemStore.lowerBound(starts, 0, starts.length, window.end());
        int[] counts = new int[places.size()];
        int[] matching = new int[places.size()];
        int kindCount = Math.max(1, kinds.size());
        int[] kindCounts = new int[places.size() * kindCount];
        boolean[] keep = new boolean[to - from];
        for (int i = from; i < to; i++) {
            if (!window.overlaps(starts[i], ends[i])) {
                continue;
            }
            boolean passes = matchesAt.test(positionOf[i]);
            if (hideNonMatching && !passes) {
                continue;
            }
            keep[i - from] = true;
            for (int p : placesOf[i]) {
                counts[p]++;
                kindCounts[p * kindCount + kindOf[i]]++;
                if (passes) {
                    matching[p]++;
                }
            }
        }
        Event[][] byPlace = new Event[places.size()][];
        int[] filled = new int[places.size()];
        for (int i = from; i < to; i++) {
            if (keep[i - from]) {
                for (int p : placesOf[i]) {
                    if (byPlace[p] == null) {
                        byPlace[p] = new Event[counts[p]];
                    }
                    byPlace[p][filled[p]++] = events[i];
                }
            }
        }
        List<PlaceRecords> out = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            if (counts[p] > 0) {
                out.add(PlaceRecords.fromQuery(
                        this, p, places.get(p), byPlace[p], matching[p], kinds, kindCounts, p * kindCount));
            }
        }
        return out;
    }
}
