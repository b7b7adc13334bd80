package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The table's row orders against a naive boxed sort and filter of the same rows. */
class RowOrderProperties {
    private final ItemStoreProperties stores = new ItemStoreProperties();

    @Provide
    Arbitrary<List<ItemStoreProperties.Row>> rows() {
        return stores.rows();
    }

    private static ItemStore build(List<ItemStoreProperties.Row> rows) {
        return ItemStoreProperties.build(rows);
    }

    private static boolean overlaps(long start, long end, long from, long to) {
        return ItemStoreProperties.overlaps(start, end, from, to);
    }

    private static List<Integer> naive(ItemStore store, RowOrder.Key key, BitSet rows, long[] window) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < store.size(); r++) {
            boolean passes = rows == null || rows.get(r);
            boolean inWindow = window == null || overlaps(store.start(r), store.end(r), window[0], window[1]);
            if (passes && inWindow) {
                out.add(r);
            }
        }
        Comparator<Integer> byTime =
                Comparator.comparingLong(r -> key == RowOrder.Key.START ? store.start(r) : store.end(r));
        out.sort(byTime.thenComparingInt(r -> r));
        return out;
    }

    private static List<Integer> boxed(int[] rows) {
        List<Integer> out = new ArrayList<>();
        for (int r : rows) {
            out.add(r);
        }
        return out;
    }

    @Property
    void sortedThenSelectedEqualsNaiveSortOfTheFilteredRows(
            @ForAll("rows") List<ItemStoreProperties.Row> rows,
            @ForAll boolean byEnd,
            @ForAll List<Boolean> dropped,
            @ForAll boolean useWindow,
            @ForAll @LongRange(min = -1000, max = 14_000) long from,
            @ForAll @IntRange(min = 1, max = 5000) int span) {
        ItemStore store = build(rows);
        RowOrder.Key key = byEnd ? RowOrder.Key.END : RowOrder.Key.START;
        BitSet keep = new BitSet();
        for (int r = 0; r < store.size(); r++) {
            if (r >= dropped.size() || !dropped.get(r)) {
                keep.set(r);
            }
        }
        long[] window = useWindow ? new long[] {from, from + span} : null;

        int[] got = RowOrder.select(store, RowOrder.sorted(store, key), keep, window);

        assertThat(boxed(got)).isEqualTo(naive(store, key, keep, window));
    }

    @Property
    void rowOfFindsTheRowCarryingTheId(@ForAll("rows") List<ItemStoreProperties.Row> rows) {
        ItemStore store = build(rows);
        for (int r = 0; r < store.size(); r++) {
            assertThat(RowOrder.rowOf(store, store.id(r))).isEqualTo(r);
        }
        assertThat(RowOrder.rowOf(store, "absent")).isEqualTo(-1);
    }
}
