package io.opstimeline.core.document;

import java.util.BitSet;

/**
 * What the filter made of a document's records (indices as {@link TimelineDocument} numbers them):
 * those it keeps, and those its search text finds (outlined wherever they are shown).
 *
 * @param passing records that pass every restriction; null when the filter restricts nothing
 * @param hits    records the search text finds; null when nothing is searched
 */
public record FilterResult(BitSet passing, BitSet hits) {
    public static final FilterResult NONE = new FilterResult(null, null);

    public boolean passes(int record) {
        return passing == null || passing.get(record);
    }

    /** How many records pass, of {@code size}. */
    public int passingCount(int size) {
        return passing == null ? size : passing.cardinality();
    }
}
