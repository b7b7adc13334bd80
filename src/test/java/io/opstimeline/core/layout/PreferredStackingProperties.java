package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Stacking what a dimming filter keeps first: kept items as if alone, the rest in the room left. */
class PreferredStackingProperties {
    private static final double GAP = 6;

    /** One box: how far after the previous one it starts, how wide it is, and whether the filter keeps it. */
    record Box(int step, int width, boolean kept) {}

    @Provide
    Arbitrary<List<Box>> crowds() {
        Arbitrary<Integer> widths = Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.integers().between(1, 80)),
                Tuple.of(1, Arbitraries.integers().between(1, 600)));
        Arbitrary<Boolean> keptOneInFour = Arbitraries.integers().between(0, 3).map(i -> i == 0);
        return Combinators.combine(Arbitraries.integers().between(0, 39), widths, keptOneInFour)
                .as(Box::new)
                .list()
                .ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Box>> rows() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 29),
                        Arbitraries.integers().between(1, 120),
                        Arbitraries.just(false))
                .as(Box::new)
                .list()
                .ofMaxSize(100);
    }

    @Property(tries = 300)
    void keptItemsStackAsIfAloneAndNothingOverlaps(
            @ForAll("crowds") List<Box> boxes, @ForAll @IntRange(min = 1, max = 6) int maxRows) {
        int n = boxes.size();
        double[] left = new double[n];
        double[] right = new double[n];
        boolean[] kept = new boolean[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += boxes.get(i).step();
            left[i] = x;
            right[i] = x + boxes.get(i).width();
            kept[i] = boxes.get(i).kept();
        }
        int[] rows = RowStacker.stack(left, right, GAP, maxRows, kept);

        // the kept items land exactly where the plain stacker puts them without the others
        int k = (int)
                java.util.stream.IntStream.range(0, n).filter(i -> kept[i]).count();
        double[] kl = new double[k];
        double[] kr = new double[k];
        int[] where = new int[k];
        for (int i = 0, j = 0; i < n; i++) {
            if (kept[i]) {
                kl[j] = left[i];
                kr[j] = right[i];
                where[j++] = i;
            }
        }
        int[] alone = RowStacker.stack(kl, kr, GAP, maxRows);
        for (int j = 0; j < k; j++) {
            assertThat(rows[where[j]]).isEqualTo(alone[j]);
        }
        // no two boxes in a row closer than the gap; every row within bounds
        for (int a = 0; a < n; a++) {
            assertThat(rows[a]).isBetween(-1, maxRows - 1);
            for (int b = a + 1; b < n; b++) {
                if (rows[a] >= 0 && rows[a] == rows[b]) {
                    boolean apart = right[a] + GAP <= left[b] + RowStacker.EPSILON
                            || right[b] + GAP <= left[a] + RowStacker.EPSILON;
                    assertThat(apart)
                            .as("items %d and %d in row %d", a, b, rows[a])
                            .isTrue();
                }
            }
        }
        // an item left out found no room in any row
        for (int a = 0; a < n; a++) {
            if (rows[a] < 0 && !kept[a]) {
                for (int row = 0; row < maxRows; row++) {
                    boolean blocked = false;
                    for (int b = 0; b < n; b++) {
                        if (rows[b] == row
                                && !(right[b] + GAP <= left[a] + RowStacker.EPSILON
                                        || right[a] + GAP <= left[b] + RowStacker.EPSILON)) {
                            blocked = true;
                        }
                    }
                    assertThat(blocked)
                            .as("item %d could have gone in row %d", a, row)
                            .isTrue();
                }
            }
        }
    }

    @Property(tries = 100)
    void withNothingOrEverythingKeptItIsThePlainStacker(@ForAll("rows") List<Box> boxes, @ForAll boolean all) {
        int n = boxes.size();
        double[] left = new double[n];
        double[] right = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += boxes.get(i).step();
            left[i] = x;
            right[i] = x + boxes.get(i).width();
        }
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, all);
        assertThat(RowStacker.stack(left, right, GAP, 4, kept)).isEqualTo(RowStacker.stack(left, right, GAP, 4));
    }
}
