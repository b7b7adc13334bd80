package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** A search limited to earlier matches finds exactly the full search's matches among them. */
class RowFiltersNarrowingProperties {
    private final ItemStoreProperties stores = new ItemStoreProperties();

    @Provide
    Arbitrary<List<ItemStoreProperties.Row>> rows() {
        return stores.rows();
    }

    @Property
    void searchWithinRowsEqualsFullSearchIntersected(
            @ForAll("rows") List<ItemStoreProperties.Row> rows,
            @ForAll @AlphaChars @StringLength(max = 3) String text,
            @ForAll List<@IntRange(min = 0, max = 100_000) Integer> picks,
            @ForAll boolean allBut) {
        ItemStore store = ItemStoreProperties.build(rows);
        BitSet within = new BitSet();
        // sparse and dense earlier matches: they are searched row by row or in one pass over the text
        for (int pick : picks) {
            if (store.size() > 0) {
                within.set(pick % store.size());
            }
        }
        if (allBut) {
            within.flip(0, store.size());
        }
        BitSet expected = RowFilters.byText(store, text);
        expected.and(within);

        assertThat(RowFilters.byText(store, text, within)).isEqualTo(expected);
        assertThat(RowFilters.byText(store, text, null)).isEqualTo(RowFilters.byText(store, text));
    }
}
