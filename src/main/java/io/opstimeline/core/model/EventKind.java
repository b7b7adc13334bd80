package io.opstimeline.core.model;

/** A kind of record (meeting, statement, ...); the set is open, each with its legend colour. */
public record EventKind(String id, String label, Rgb color) {
}
