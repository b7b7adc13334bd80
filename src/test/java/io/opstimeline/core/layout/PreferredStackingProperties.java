package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Stacking what a dimming filter keeps first: kept items as if alone, the rest in the room left. */
class PreferredStackingProperties {
    private static final double GAP = 6;

    @Property(tries = 300)
    void keptItemsStackAsIfAloneAndNothingOverlaps(@ForAll @IntRange(min = 0, max = 200) int n,
                                                   @ForAll @IntRange(min = 1, max = 6) int maxRows,
                                                   @ForAll long seed) {
        Random r = new Random(seed);
        double[] left = new double[n];
        double[] right = new double[n];
        boolean[] kept = new boolean[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += r.nextInt(40);
            left[i] = x;
            right[i] = x + 1 + r.nextInt(r.nextInt(8) == 0 ? 600 : 80);
            kept[i] = r.nextInt(4) == 0;
        }
        int[] rows = RowStacker.stack(left, right, GAP, maxRows, kept);

        // the kept items land exactly where the plain stacker puts them without the others
        int k = (int) java.util.stream.IntStream.range(0, n).filter(i -> kept[i]).count();
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
                    assertThat(apart).as("items %d and %d in row %d", a, b, rows[a]).isTrue();
                }
            }
        }
        // an item left out found no room in any row
        for (int a = 0; a < n; a++) {
            if (rows[a] < 0 && !kept[a]) {
                for (int row = 0; row < maxRows; row++) {
                    boolean blocked = false;
                    for (int b = 0; b < n; b++) {
                        if (rows[b] == row && !(right[b] + GAP <= left[a] + RowStacker.EPSILON
                                || right[a] + GAP <= left[b] + RowStacker.EPSILON)) {
                            blocked = true;
                        }
                    }
                    assertThat(blocked).as("item %d could have gone in row %d", a, row).isTrue();
                }
            }
        }
    }

    @Property(tries = 100)
    void withNothingOrEverythingKeptItIsThePlainStacker(@ForAll @IntRange(min = 0, max = 100) int n,
                                                        @ForAll long seed, @ForAll boolean all) {
        Random r = new Random(seed);
        double[] left = new double[n];
        double[] right = new double[n];
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += r.nextInt(30);
            left[i] = x;
            right[i] = x + 1 + r.nextInt(120);
        }
        boolean[] kept = new boolean[n];
        Arrays.fill(kept, all);
        assertThat(RowStacker.stack(left, right, GAP, 4, kept)).isEqualTo(RowStacker.stack(left, right, GAP, 4));
    }
}
