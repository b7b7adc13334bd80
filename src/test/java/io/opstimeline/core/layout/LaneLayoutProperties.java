package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Lane layout and clustering against what a reader would check by eye: nothing overlaps, nothing is lost. */
class LaneLayoutProperties {
    record Item(long start, long duration, int titleLength) {}

    @Provide
    Arbitrary<List<Item>> items() {
        return Combinators.combine(
                        Arbitraries.longs().between(0, 100_000),
                        Arbitraries.oneOf(
                                Arbitraries.just(0L), Arbitraries.longs().between(1, 40_000)),
                        Arbitraries.integers().between(0, 40))
                .as(Item::new)
                .list()
                .ofMaxSize(300);
    }

    static ItemStore store(List<Item> items) {
        ItemStoreBuilder b = new ItemStoreBuilder(List.of(new LaneInfo("a", "A", new Rgb(0, 0, 0))), List.of("a"), 4);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            b.add(
                    0,
                    0,
                    it.start(),
                    it.start() + it.duration(),
                    it.duration() > 0 ? ItemStore.RANGE : 0,
                    "x".repeat(it.titleLength()),
                    "r" + i);
        }
        return b.build();
    }

    static LaneLayout layout(ItemStore store, TimeWindow w) {
        return LaneLayout.place(
                store,
                store.query(0, w.start(), w.end()),
                w,
                100,
                1000,
                row -> store.title(row).length() * 7.0);
    }

    @Property
    void recordsSharingARowNeverOverlapLabelsIncluded(
            @ForAll("items") List<Item> items,
            @ForAll @IntRange(min = 0, max = 80_000) int from,
            @ForAll @IntRange(min = 1_000, max = 120_000) int span,
            @ForAll @IntRange(min = 0, max = 8) int rows) {
        ItemStore store = store(items);
        TimeWindow w = new TimeWindow(from, from + span);
        LaneLayout l = layout(store, w);
        l.stack(rows);
        for (int i = 0; i < l.size(); i++) {
            assertThat(l.stackRow[i]).isLessThan(Math.max(rows, 1));
            for (int j = i + 1; j < l.size(); j++) {
                if (l.stackRow[i] >= 0 && l.stackRow[i] == l.stackRow[j]) {
                    // as drawn: a label cut short where the next mark begins ends before it
                    boolean apart = l.drawnRight(i) + LaneLayout.GAP <= l.left[j] + RowStacker.EPSILON
                            || l.drawnRight(j) + LaneLayout.GAP <= l.left[i] + RowStacker.EPSILON;
                    assertThat(apart)
                            .as("boxes %d and %d in row %d", i, j, l.stackRow[i])
                            .isTrue();
                }
            }
        }
    }

    @Property
    void everyRecordWithoutARowIsCountedInExactlyOneCluster(
            @ForAll("items") List<Item> items,
            @ForAll @IntRange(min = 0, max = 80_000) int from,
            @ForAll @IntRange(min = 1_000, max = 120_000) int span,
            @ForAll @IntRange(min = 0, max = 4) int rows) {
        ItemStore store = store(items);
        TimeWindow w = new TimeWindow(from, from + span);
        LaneLayout l = layout(store, w);
        l.stack(rows);
        int[] overflow = l.overflow();
        List<Clusters.Cluster> clusters = Clusters.ofOverflow(l, store, overflow);
        assertThat(clusters.stream().mapToInt(Clusters.Cluster::count).sum()).isEqualTo(overflow.length);
        for (int k : overflow) {
            long inside = clusters.stream()
                    .filter(c -> c.from() <= store.start(l.rows[k])
                            && c.to() >= store.end(l.rows[k])
                            && c.left() <= l.left[k]
                            && c.right() >= l.right[k])
                    .count();
            assertThat(inside).isGreaterThanOrEqualTo(1);
        }
        double[] widths = new double[clusters.size()];
        java.util.Arrays.fill(widths, 30);
        double[] xs = Clusters.badgePositions(clusters, widths, 4);
        for (int i = 1; i < xs.length; i++) {
            assertThat(xs[i])
                    .as("badge %d starts after badge %d ends", i, i - 1)
                    .isGreaterThanOrEqualTo(xs[i - 1] + 30 + 4);
        }
    }
}
