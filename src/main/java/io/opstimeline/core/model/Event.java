package io.opstimeline.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One record on the timeline. {@code end}, {@code earliest}, {@code latest}, {@code location},
 * {@code summary} and {@code credibility} may be null when the file leaves them out.
 * {@code placeIds} are the map's places for the record (empty when it has none); the free-text
 * {@code location} stays what the detail pane shows.
 */
public record Event(
        String id,
        String kind,
        String title,
        TimeSpec start,
        TimeSpec end,
        boolean approximate,
        TimeSpec earliest,
        TimeSpec latest,
        String location,
        List<String> nationIds,
        List<String> people,
        String summary,
        List<Quote> quotes,
        List<String> sourceIds,
        Integer credibility,
        List<String> tags,
        List<String> placeIds) {

    public Event {
        placeIds = List.copyOf(placeIds);
        nationIds = List.copyOf(nationIds);
        people = List.copyOf(people);
        quotes = List.copyOf(quotes);
        sourceIds = List.copyOf(sourceIds);
        tags = List.copyOf(tags);
    }

    /** The same record at other places (the free-text location stays). */
    public Event withPlaceIds(List<String> places) {
        return new Event(
                id,
                kind,
                title,
                start,
                end,
                approximate,
                earliest,
                latest,
                location,
                nationIds,
                people,
                summary,
                quotes,
                sourceIds,
                credibility,
                tags,
                places);
    }

    /** A range has an end; a point has none. */
    public boolean isRange() {
        return end != null;
    }

    /** First instant the record may cover: the earliest bound if given, else its start. */
    public Instant coverStart() {
        return earliest != null ? earliest.instant() : start.instant();
    }

    /** Last instant the record may cover, taking date precision into account. */
    public Instant coverEnd() {
        Instant e = end != null ? end.periodEnd() : start.periodEnd();
        if (latest != null && latest.periodEnd().isAfter(e)) {
            e = latest.periodEnd();
        }
        return e;
    }

    /** True when the drawing must show doubt: approximate, bounded, or coarser than a day. */
    public boolean isUncertain() {
        return approximate
                || earliest != null
                || latest != null
                || start.precision().compareTo(DatePrecision.DAY) < 0;
    }

    public Optional<Integer> credibilityIfKnown() {
        return Optional.ofNullable(credibility);
    }
}
