package io.opstimeline.core.document;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.Map;
import java.util.Optional;

/**
 * What is open, read the same way by every view whether it came from a dataset or from an items
 * file: records numbered 0..size-1, each one row of {@link #records()} (a columnar store with one
 * row per record), the stores the timeline draws for each lane mode, and the filter applied to
 * the records. A dataset adds what an items file lacks (sources, nations, gradings) through
 * {@link #event}; a view that shows those asks for it and shows nothing otherwise.
 */
public abstract sealed class TimelineDocument permits DatasetDocument, ItemsDocument {
    /** Universal time as people read its name ("UTC"; ZoneOffset.UTC would be shown as "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private final ItemStore records;

    TimelineDocument(ItemStore records) {
        this.records = records;
    }

    public static TimelineDocument of(Dataset dataset) {
        return new DatasetDocument(dataset);
    }

    /** An items file's store: each of its rows is a record (items files have one lane per item). */
    public static TimelineDocument ofItems(ItemStore store, String name) {
        return new ItemsDocument(store, name);
    }

    /** One row per record, record index = row: ids, titles, times, kinds for lists and the filter. */
    public final ItemStore records() {
        return records;
    }

    public final int size() {
        return records.size();
    }

    /** The dataset's title, or the items file's name. */
    public abstract String name();

    /** The zone the file's own dates are written in (UTC for an items file). */
    public abstract ZoneId zone();

    /** The dataset behind this document, if it came from one. */
    public abstract Optional<Dataset> dataset();

    /** The dataset record at an index, or null for an items file's. */
    public abstract Event event(int record);

    /** The records' kinds to filter by, id to a person's label (an items file's kinds are its groups). */
    public abstract Map<String, String> kindLabels();

    /** The store the timeline draws with lanes of this mode (an items file has its groups only). */
    public abstract ItemStore store(Lanes.Mode mode);

    /** The kind's (or for an items file, group's) label of a record. */
    public final String kindLabel(int record) {
        return kindLabels().getOrDefault(records.kindId(record), records.kindId(record));
    }

    /** The record's start as a person reads it, in {@code zone}. */
    public abstract String startText(int record, ZoneId zone);

    /** The record's end in {@code zone}, or "" for a point. */
    public abstract String endText(int record, ZoneId zone);

    /** The records this filter keeps and those its text finds; one call answers every view. */
    public abstract FilterResult apply(EventFilter filter);

    /** The index of the record with this id, or -1. */
    public int indexOf(String id) {
        return RowOrder.rowOf(records, id);
    }

    /**
     * The record of the dataset's event at {@code position} in {@code dataset().events()}, or -1
     * (an items file has no dataset). Views that walk the dataset's events ask the filter this way.
     */
    public int recordAt(int position) {
        return -1;
    }

    /**
     * The rows of a store this document drew ({@link #store}) that belong to these records; null
     * for null. A record drawn in several lanes (by nation) has a row in each.
     */
    public abstract BitSet rowsOf(ItemStore drawn, BitSet recordSet);

    /** First and last instant any record covers, epoch ms; null for an empty document. */
    public final long[] extent() {
        return records.size() == 0 ? null : records.extent();
    }
}
