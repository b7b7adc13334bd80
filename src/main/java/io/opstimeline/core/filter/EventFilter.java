package io.opstimeline.core.filter;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Reliability;
import io.opstimeline.core.model.Source;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the analyst asked to see: text, kinds, nations, a date range and a minimum grading. Every
 * view (timeline, table, chart) asks the same filter, so they cannot disagree. Empty sets and null
 * bounds mean "no restriction". Immutable; the withers return changed copies.
 *
 * @param minReliability keep records whose best source is at least this reliable (A best), or null
 * @param maxCredibility keep records whose credibility digit is at most this (1 best), or null
 */
public record EventFilter(
        String text,
        Set<String> kinds,
        Set<String> nations,
        Instant from,
        Instant to,
        Reliability minReliability,
        Integer maxCredibility) {

    public static final EventFilter NONE = new EventFilter("", Set.of(), Set.of(), null, null, null, null);

    public EventFilter {
        text = text == null ? "" : text.strip();
        kinds = Set.copyOf(kinds);
        nations = Set.copyOf(nations);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    public EventFilter withText(String t) {
        return new EventFilter(t, kinds, nations, from, to, minReliability, maxCredibility);
    }

    public EventFilter withKinds(Set<String> k) {
        return new EventFilter(text, k, nations, from, to, minReliability, maxCredibility);
    }

    public EventFilter withNations(Set<String> n) {
        return new EventFilter(text, kinds, n, from, to, minReliability, maxCredibility);
    }

    public EventFilter withRange(Instant f, Instant t) {
        return new EventFilter(text, kinds, nations, f, t, minReliability, maxCredibility);
    }

    public EventFilter withGrading(Reliability r, Integer c) {
        return new EventFilter(text, kinds, nations, from, to, r, c);
    }

    /** True when the record passes every restriction except the text (text marks matches, see {@link #matchesText}). */
    public boolean matchesFacets(Dataset dataset, Event e) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!nations.isEmpty() && e.nationIds().stream().noneMatch(nations::contains)) {
            return false;
        }
        if ((from != null || to != null)
                && !DateRange.overlaps(
                        e.coverStart().toEpochMilli(),
                        e.coverEnd().toEpochMilli(),
                        from == null ? Long.MIN_VALUE : from.toEpochMilli(),
                        to == null ? Long.MAX_VALUE : to.toEpochMilli())) {
            return false;
        }
        if (minReliability != null) {
            Optional<Reliability> best = e.sourceIds().stream()
                    .map(dataset::source)
                    .flatMap(Optional::stream)
                    .map(Source::reliability)
                    .filter(r -> r != null)
                    .min(Enum::compareTo);
            if (best.isEmpty() || best.get().compareTo(minReliability) > 0) {
                return false;
            }
        }
        return maxCredibility == null || (e.credibility() != null && e.credibility() <= maxCredibility);
    }

    /** Search, ignoring case as {@link TextFold} does, in title, summary, location, people, quotes, tags and id. */
    public boolean matchesText(Event e) {
        if (text.isEmpty()) {
            return true;
        }
        String needle = TextFold.fold(text);
        return contains(e.title(), needle)
                || contains(e.summary(), needle)
                || contains(e.location(), needle)
                || e.people().stream().anyMatch(p -> contains(p, needle))
                || e.tags().stream().anyMatch(p -> contains(p, needle))
                || e.quotes().stream().anyMatch(q -> contains(q.text(), needle) || contains(q.speaker(), needle))
                || contains(e.id(), needle);
    }

    public boolean matches(Dataset dataset, Event e) {
        return matchesFacets(dataset, e) && matchesText(e);
    }

    private static boolean contains(String haystack, String foldedNeedle) {
        return TextFold.contains(haystack, foldedNeedle);
    }
}
