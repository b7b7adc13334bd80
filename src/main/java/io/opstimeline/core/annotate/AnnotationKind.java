package io.opstimeline.core.annotate;

/** How an annotation is drawn: a note with a callout, a vertical marker, or a highlighted interval. */
public enum AnnotationKind {
    /** A note pinned to a record, an instant or a range; drawn as a numbered callout. */
    NOTE,
    /** A vertical line across all lanes at one instant. */
    MARKER,
    /** A shaded band across all lanes between two instants. */
    INTERVAL
}
