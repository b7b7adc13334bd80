package io.opstimeline.core.index;

import java.util.BitSet;

/**
 * Which rows of a store pass the current filter, and what to do with the rest: dim them or hide
 * them. The store of passing rows is built once, on first use, so frames after a filter change
 * cost the same as before it.
 */
public final class RowMask {
    /** What happens to rows that do not pass. */
    public enum Mode {
        DIM,
        HIDE
    }

    private final ItemStore source;
    private final BitSet rows;
    private final Mode mode;
    private ItemStore matching;
    private int[] origin;

    public RowMask(ItemStore source, BitSet rows, Mode mode) {
        this.source = source;
        this.rows = rows;
        this.mode = mode;
    }

    public ItemStore source() {
        return source;
    }

    public BitSet rows() {
        return rows;
    }

    public Mode mode() {
        return mode;
    }

    public boolean passes(int sourceRow) {
        return rows.get(sourceRow);
    }

    /** The passing rows as a store of their own (built on first call). */
    public synchronized ItemStore matching() {
        if (matching == null) {
            int[] map = new int[source.size()];
            matching = source.subset(rows, map);
            origin = new int[matching.size()];
            for (int r = 0; r < map.length; r++) {
                if (map[r] >= 0) {
                    origin[map[r]] = r;
                }
            }
        }
        return matching;
    }

    /** The source row of a row of {@link #matching()}. */
    public synchronized int sourceRow(int matchingRow) {
        matching();
        return origin[matchingRow];
    }
}
