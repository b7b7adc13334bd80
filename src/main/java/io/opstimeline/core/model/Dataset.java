package io.opstimeline.core.model;

import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A whole loaded file, immutable. Events are sorted by start. Built only by the loader once
 * every check has passed, so a Dataset is never half-loaded.
 */
public final class Dataset {
    private final String title;
    private final ZoneId timeZone;
    private final String classification;
    private final Map<String, EventKind> kinds;
    private final Map<String, Source> sources;
    private final Map<String, Nation> nations;
    private final Map<String, Place> places;
    private final List<Event> events;
    private final List<Series> series;
    private final Fingerprint fingerprint;

    public Dataset(
            String title,
            ZoneId timeZone,
            String classification,
            List<EventKind> kinds,
            List<Source> sources,
            List<Nation> nations,
            List<Event> events,
            List<Series> series,
            Fingerprint fingerprint) {
        this(title, timeZone, classification, kinds, sources, nations, List.of(), events, series, fingerprint);
    }

    public Dataset(
            String title,
            ZoneId timeZone,
            String classification,
            List<EventKind> kinds,
            List<Source> sources,
            List<Nation> nations,
            List<Place> places,
            List<Event> events,
            List<Series> series,
            Fingerprint fingerprint) {
        this.places = index(places, Place::id);
        this.title = title;
        this.timeZone = timeZone;
        this.classification = classification;
        this.kinds = index(kinds, EventKind::id);
        this.sources = index(sources, Source::id);
        this.nations = index(nations, Nation::id);
        this.events = events.stream()
                .sorted(java.util.Comparator.comparing((Event e) -> e.start().instant())
                        .thenComparing(Event::id))
                .toList();
        this.series = List.copyOf(series);
        this.fingerprint = fingerprint;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public String title() {
        return title;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public Optional<String> classification() {
        return Optional.ofNullable(classification);
    }

    /** Kinds in legend order: declared ones first, then any used but undeclared. */
    public List<EventKind> kinds() {
        return List.copyOf(kinds.values());
    }

    public EventKind kind(String id) {
        return kinds.get(id);
    }

    public List<Source> sources() {
        return List.copyOf(sources.values());
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public List<Nation> nations() {
        return List.copyOf(nations.values());
    }

    public Optional<Nation> nation(String id) {
        return Optional.ofNullable(nations.get(id));
    }

    /** The map's places in file order. */
    public List<Place> places() {
        return List.copyOf(places.values());
    }

    public Optional<Place> place(String id) {
        return Optional.ofNullable(places.get(id));
    }

    /** The record's places, in the order it names them (the loader has checked that each exists). */
    public List<Place> placesOf(Event event) {
        return event.placeIds().stream()
                .map(places::get)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    public List<Event> events() {
        return events;
    }

    public Optional<Event> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public List<Series> series() {
        return series;
    }

    public int seriesPointCount() {
        return series.stream().mapToInt(s -> s.points().size()).sum();
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** "B2": the cited sources' best reliability letter with the record's credibility digit. */
    public Optional<String> grading(Event event) {
        Optional<Reliability> best = event.sourceIds().stream()
                .map(sources::get)
                .filter(s -> s != null && s.reliability() != null)
                .map(Source::reliability)
                .min(Enum::compareTo);
        if (best.isEmpty() && event.credibility() == null) {
            return Optional.empty();
        }
        return Optional.of(best.map(Enum::name).orElse("?")
                + (event.credibility() == null ? "?" : event.credibility().toString()));
    }
}
