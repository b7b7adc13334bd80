package io.opstimeline.core.model;

/** A kind of record (meeting, statement, ...); the set is open, each with its legend colour. */
public record EventKind(String id, String label, Rgb color) {
    /** Colours for kinds a file gives no colour (Tableau 10, readable on white), in order of first use. */
    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

    /** The colour of the {@code index}-th kind without one of its own (the palette repeats). */
    public static Rgb paletteColor(int index) {
        return Rgb.parse(PALETTE[index % PALETTE.length]);
    }
}
