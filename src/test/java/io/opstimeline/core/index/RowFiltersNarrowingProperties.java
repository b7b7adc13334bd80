package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

/** A search limited to earlier matches finds exactly the full search's matches among them. */
class RowFiltersNarrowingProperties {
    private final ItemStoreProperties stores = new ItemStoreProperties();

    @Provide
    Arbitrary<List<ItemStoreProperties.Row>> rows() {
        return stores.rows();
    }

    @Property
    void searchWithinRowsEqualsFullSearchIntersected(@ForAll("rows") List<ItemStoreProperties.Row> rows,
            @ForAll @AlphaChars @StringLength(max = 3) String text, @ForAll long seed) {
        ItemStore store = ItemStoreProperties.build(rows);
        BitSet within = new BitSet();
        Random rnd = new Random(seed);
        // sparse and dense earlier matches: they are searched row by row or in one pass over the text
        double density = rnd.nextBoolean() ? rnd.nextDouble() * 0.1 : rnd.nextDouble();
        for (int r = 0; r < store.size(); r++) {
            if (rnd.nextDouble() < density) {
                within.set(r);
            }
        }
        BitSet expected = RowFilters.byText(store, text);
        expected.and(within);

        assertThat(RowFilters.byText(store, text, within)).isEqualTo(expected);
        assertThat(RowFilters.byText(store, text, null)).isEqualTo(RowFilters.byText(store, text));
    }
}
