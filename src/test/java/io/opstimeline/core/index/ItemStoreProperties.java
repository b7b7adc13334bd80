package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The store's window query, counts, density bins and subsets against a naive scan of the same rows. */
class ItemStoreProperties {
    record Row(int lane, long start, long duration, String title) {}

    static final int LANES = 3;

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = Combinators.combine(
                        Arbitraries.integers().between(0, LANES - 1),
                        Arbitraries.longs().between(0, 10_000),
                        Arbitraries.oneOf(
                                Arbitraries.just(0L), Arbitraries.longs().between(0, 3_000)),
                        Arbitraries.strings().alpha().ofMaxLength(6))
                .as(Row::new);
        return row.list().ofMaxSize(200);
    }

    static ItemStore build(List<Row> rows) {
        List<LaneInfo> lanes = new ArrayList<>();
        for (int l = 0; l < LANES; l++) {
            lanes.add(new LaneInfo("l" + l, "Lane " + l, new Rgb(0, 0, 0)));
        }
        ItemStoreBuilder b = new ItemStoreBuilder(lanes, List.of("k0", "k1", "k2"), 4);
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            b.add(
                    r.lane(),
                    r.lane(),
                    r.start(),
                    r.start() + r.duration(),
                    r.duration() > 0 ? ItemStore.RANGE : 0,
                    r.title(),
                    "id" + i);
        }
        return b.build();
    }

    static boolean overlaps(long start, long end, long from, long to) {
        return start < to && end >= from;
    }

    @Property
    void queryFindsExactlyTheOverlappingRowsOfTheLane(
            @ForAll("rows") List<Row> rows,
            @ForAll @LongRange(min = -1000, max = 14_000) long from,
            @ForAll @IntRange(min = 1, max = 5000) int span,
            @ForAll @IntRange(min = 0, max = LANES - 1) int lane) {
        ItemStore store = build(rows);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r.lane() == lane && overlaps(r.start(), r.start() + r.duration(), from, from + span)) {
                expected.add("id" + i);
            }
        }
        List<String> actual = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (int row : store.query(lane, from, from + span)) {
            actual.add(store.id(row));
            assertThat(store.start(row)).isGreaterThanOrEqualTo(previous);
            previous = store.start(row);
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(store.countOverlapping(lane, from, from + span)).isEqualTo(expected.size());
    }

    @Property
    void densityBinsCountWhatOverlapsEachBin(
            @ForAll("rows") List<Row> rows,
            @ForAll @LongRange(min = -500, max = 9000) long from,
            @ForAll @IntRange(min = 1, max = 900) int step,
            @ForAll @IntRange(min = 1, max = 30) int bins) {
        ItemStore store = build(rows);
        for (int lane = 0; lane < LANES; lane++) {
            int[] out = new int[bins];
            store.density(lane, from, step, bins, out);
            for (int i = 0; i < bins; i++) {
                long a = from + (long) i * step;
                int naive = 0;
                for (Row r : rows) {
                    if (r.lane() == lane && overlaps(r.start(), r.start() + r.duration(), a, a + step)) {
                        naive++;
                    }
                }
                assertThat(out[i]).as("lane %d bin %d", lane, i).isEqualTo(naive);
            }
        }
    }

    @Property
    void subsetKeepsExactlyTheMaskedRowsAndStillAnswersQueries(
            @ForAll("rows") List<Row> rows,
            @ForAll @LongRange(min = 0, max = 10_000) long from,
            @ForAll @IntRange(min = 1, max = 4000) int span) {
        ItemStore store = build(rows);
        BitSet keep = new BitSet();
        for (int r = 0; r < store.size(); r++) {
            if (store.title(r).length() % 2 == 0) {
                keep.set(r);
            }
        }
        RowMask mask = new RowMask(store, keep, RowMask.Mode.HIDE);
        ItemStore sub = mask.matching();
        assertThat(sub.size()).isEqualTo(keep.cardinality());
        for (int r = 0; r < sub.size(); r++) {
            int source = mask.sourceRow(r);
            assertThat(sub.id(r)).isEqualTo(store.id(source));
            assertThat(sub.laneOf(r)).isEqualTo(store.laneOf(source));
        }
        for (int lane = 0; lane < LANES; lane++) {
            int naive = 0;
            for (int r = 0; r < store.size(); r++) {
                if (keep.get(r)
                        && store.laneOf(r) == lane
                        && overlaps(store.start(r), store.end(r), from, from + span)) {
                    naive++;
                }
            }
            assertThat(sub.countOverlapping(lane, from, from + span)).isEqualTo(naive);
            assertThat(sub.query(lane, from, from + span)).hasSize(naive);
        }
    }

    @Property
    void textFilterMatchesLikeContainsIgnoringCase(@ForAll("rows") List<Row> rows, @ForAll("needles") String needle) {
        ItemStore store = build(rows);
        BitSet hits = RowFilters.byText(store, needle);
        for (int r = 0; r < store.size(); r++) {
            boolean expected = store.title(r).toLowerCase().contains(needle.toLowerCase());
            assertThat(hits.get(r))
                    .as("row %d %s ~ %s", r, store.title(r), needle)
                    .isEqualTo(expected);
        }
    }

    @Provide
    Arbitrary<String> needles() {
        return Arbitraries.strings().withChars("aAbBzZ").ofMinLength(1).ofMaxLength(2);
    }
}
