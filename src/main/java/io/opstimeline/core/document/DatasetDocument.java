package io.opstimeline.core.document;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.TimeSpec;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A loaded dataset as a document: its records are its events, one row each in the kind lanes. */
final class DatasetDocument extends TimelineDocument {
    private static final DateTimeFormatter TIMED = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private final Dataset dataset;
    private final Event[] events;
    /** The record of each of the dataset's events, by its position in {@code dataset.events()}. */
    private final int[] recordAtPosition;

    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, String> kindLabels = new LinkedHashMap<>();
    private final Map<Lanes.Mode, ItemStore> stores = new EnumMap<>(Lanes.Mode.class);
    /** For each store drawn with other lanes than the records', the record of each of its rows. */
    private final Map<ItemStore, int[]> recordOfRow = new IdentityHashMap<>();

    DatasetDocument(Dataset dataset) {
        super(EventStores.of(dataset.events(), Lanes.byKind(dataset), dataset::kind));
        this.dataset = dataset;
        ItemStore records = records();
        this.events = new Event[records.size()];
        for (int r = 0; r < events.length; r++) {
            indexById.put(records.id(r), r);
        }
        List<Event> all = dataset.events();
        this.recordAtPosition = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            Integer r = indexById.get(all.get(i).id());
            recordAtPosition[i] = r == null ? -1 : r;
            if (r != null) {
                events[r] = all.get(i);
            }
        }
        for (EventKind k : dataset.kinds()) {
            kindLabels.put(k.id(), k.label());
        }
        stores.put(Lanes.Mode.KIND, records);
    }

    @Override
    public String name() {
        return dataset.title();
    }

    @Override
    public ZoneId zone() {
        return dataset.timeZone();
    }

    @Override
    public Optional<Dataset> dataset() {
        return Optional.of(dataset);
    }

    @Override
    public Event event(int record) {
        return events[record];
    }

    @Override
    public Map<String, String> kindLabels() {
        return kindLabels;
    }

    @Override
    public synchronized ItemStore store(Lanes.Mode mode) {
        return stores.computeIfAbsent(mode, m -> EventStores.of(dataset.events(), Lanes.of(dataset, m), dataset::kind));
    }

    @Override
    public int recordAt(int position) {
        return position >= 0 && position < recordAtPosition.length ? recordAtPosition[position] : -1;
    }

    @Override
    public int indexOf(String id) {
        Integer r = id == null ? null : indexById.get(id);
        return r == null ? -1 : r;
    }

    /** A date as the file wrote it (a day stays a day); a time of day in the zone shown. */
    @Override
    public String startText(int record, ZoneId zone) {
        Event e = events[record];
        return text(e.start(), zone) + (e.isUncertain() ? " ~" : "");
    }

    @Override
    public String endText(int record, ZoneId zone) {
        Event e = events[record];
        return e.isRange() ? text(e.end(), zone) : "";
    }

    private static String text(TimeSpec t, ZoneId zone) {
        if (t.precision().compareTo(DatePrecision.DAY) <= 0) {
            return t.display();
        }
        return TIMED.format(t.instant().atZone(zone)) + " " + zone.getId();
    }

    @Override
    public FilterResult apply(EventFilter filter) {
        if (filter.isEmpty()) {
            return FilterResult.NONE;
        }
        BitSet passing = new BitSet(events.length);
        BitSet hits = filter.text().isEmpty() ? null : new BitSet(events.length);
        for (int r = 0; r < events.length; r++) {
            boolean text = filter.matchesText(events[r]);
            if (hits != null && text) {
                hits.set(r);
            }
            if (text && filter.matchesFacets(dataset, events[r])) {
                passing.set(r);
            }
        }
        return new FilterResult(passing, hits);
    }

    @Override
    public synchronized BitSet rowsOf(ItemStore drawn, BitSet recordSet) {
        if (recordSet == null || drawn == records()) {
            return recordSet;
        }
        int[] map = recordOfRow.computeIfAbsent(drawn, st -> {
            int[] m = new int[st.size()];
            for (int row = 0; row < m.length; row++) {
                m[row] = indexOf(st.id(row));
            }
            return m;
        });
        BitSet rows = new BitSet(drawn.size());
        for (int row = 0; row < map.length; row++) {
            if (map[row] >= 0 && recordSet.get(map[row])) {
                rows.set(row);
            }
        }
        return rows;
    }
}
