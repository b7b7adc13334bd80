package io.opstimeline.core.annotate;

import io.opstimeline.core.model.Rgb;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One analyst annotation, immutable. It is pinned to a record ({@code eventId}), to an instant
 * ({@code start}) or to a range ({@code start} and {@code end}). Markers need an instant and
 * intervals a range; a note may use any pin. Edits return a copy (withers).
 */
public record Annotation(
        String id, AnnotationKind kind, String eventId, Instant start, Instant end, String text, Rgb color) {

    public static final Rgb DEFAULT_COLOR = Rgb.parse("#e8a317");

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        text = text == null ? "" : text;
        color = color == null ? DEFAULT_COLOR : color;
        if (eventId == null && start == null) {
            throw new IllegalArgumentException("an annotation is pinned to a record or an instant");
        }
        if (end != null && (start == null || end.isBefore(start))) {
            throw new IllegalArgumentException("an annotation range needs a start before its end");
        }
        if (kind == AnnotationKind.MARKER && start == null) {
            throw new IllegalArgumentException("a marker needs an instant");
        }
        if (kind == AnnotationKind.INTERVAL && (start == null || end == null)) {
            throw new IllegalArgumentException("an interval needs a start and an end");
        }
    }

    public static Annotation onRecord(String id, String eventId, String text, Rgb color) {
        return new Annotation(id, AnnotationKind.NOTE, eventId, null, null, text, color);
    }

    public static Annotation atInstant(String id, Instant at, String text, Rgb color) {
        return new Annotation(id, AnnotationKind.NOTE, null, at, null, text, color);
    }

    public static Annotation onRange(String id, Instant from, Instant to, String text, Rgb color) {
        return new Annotation(id, AnnotationKind.NOTE, null, from, to, text, color);
    }

    public static Annotation marker(String id, Instant at, String text, Rgb color) {
        return new Annotation(id, AnnotationKind.MARKER, null, at, null, text, color);
    }

    public static Annotation interval(String id, Instant from, Instant to, String text, Rgb color) {
        return new Annotation(id, AnnotationKind.INTERVAL, null, from, to, text, color);
    }

    public Optional<String> eventIdIfPinned() {
        return Optional.ofNullable(eventId);
    }

    public Annotation withText(String newText) {
        return new Annotation(id, kind, eventId, start, end, newText, color);
    }

    public Annotation withColor(Rgb newColor) {
        return new Annotation(id, kind, eventId, start, end, text, newColor);
    }

    public Annotation withTimes(Instant newStart, Instant newEnd) {
        return new Annotation(id, kind, eventId, newStart, newEnd, text, color);
    }
}
