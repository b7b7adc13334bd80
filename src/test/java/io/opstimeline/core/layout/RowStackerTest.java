package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RowStackerTest {

    @Test
    void shouldPutOverlappingItemsOnSeparateRowsAndReuseFreedRows() {
        int[] rows = RowStacker.stack(new double[] {0, 10, 60, 70}, new double[] {50, 40, 100, 80}, 5, 10);

        assertThat(rows).containsExactly(0, 1, 0, 1);
    }

    @Test
    void shouldTreatAGapExactlyEqualToTheMinimumAsRoom() {
        assertThat(RowStacker.stack(new double[] {0, 55}, new double[] {50, 90}, 5, 10))
                .containsExactly(0, 0);
        assertThat(RowStacker.stack(new double[] {0, 54.9}, new double[] {50, 90}, 5, 10))
                .containsExactly(0, 1);
    }

    @Test
    void shouldMarkItemsBeyondTheRowLimitAsHidden() {
        int[] rows = RowStacker.stack(new double[] {0, 1, 2}, new double[] {100, 100, 100}, 0, 2);

        assertThat(rows).containsExactly(0, 1, -1);
    }

    @Property
    void noTwoItemsInOneRowOverlap(
            @ForAll @Size(max = 60) List<@DoubleRange(min = 0, max = 1000) Double> lefts,
            @ForAll @IntRange(min = 1, max = 8) int maxRows) {
        double[] left = lefts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] right = Arrays.stream(left).map(l -> l + 37).toArray();

        int[] rows = RowStacker.stack(left, right, 4, maxRows);

        for (int i = 0; i < left.length; i++) {
            for (int j = i + 1; j < left.length; j++) {
                if (rows[i] >= 0 && rows[i] == rows[j]) {
                    assertThat(left[j]).isGreaterThanOrEqualTo(right[i] + 4 - RowStacker.EPSILON);
                }
            }
            assertThat(rows[i]).isBetween(-1, maxRows - 1);
        }
    }

    /** Items take the first row with room, and are hidden only when no row has any: as a plain greedy scan does. */
    @Property
    void sameRowsAsTryingEveryRow(
            @ForAll @Size(max = 120) List<@DoubleRange(min = 0, max = 600) Double> lefts,
            @ForAll @Size(max = 120) List<@DoubleRange(min = 0, max = 90) Double> widths,
            @ForAll @IntRange(min = 1, max = 6) int maxRows) {
        double[] left = lefts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] right = new double[left.length];
        for (int i = 0; i < left.length; i++) {
            right[i] = left[i] + (widths.isEmpty() ? 10 : widths.get(i % widths.size()));
        }
        int[] expected = new int[left.length];
        double[] rowEnd = new double[maxRows];
        int used = 0;
        for (int i = 0; i < left.length; i++) {
            int row = -1;
            for (int r = 0; r < used && row < 0; r++) {
                row = rowEnd[r] + 4 <= left[i] + RowStacker.EPSILON ? r : -1;
            }
            if (row < 0 && used < maxRows) {
                row = used++;
            }
            if (row >= 0) {
                rowEnd[row] = right[i];
            }
            expected[i] = row;
        }

        assertThat(RowStacker.stack(left, right, 4, maxRows)).containsExactly(expected);
    }

    @Property
    void labelsGiveWayToMarksOnlyWhenNoRowHasRoomForTheWholeBox(
            @ForAll @Size(max = 120) List<@DoubleRange(min = 0, max = 600) Double> lefts,
            @ForAll @Size(max = 120) List<@DoubleRange(min = 0, max = 20) Double> marks,
            @ForAll @Size(max = 120) List<@DoubleRange(min = 0, max = 90) Double> labels,
            @ForAll @IntRange(min = 1, max = 6) int maxRows) {
        double[] left = lefts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] mark = new double[left.length];
        double[] right = new double[left.length];
        for (int i = 0; i < left.length; i++) {
            mark[i] = left[i] + (marks.isEmpty() ? 6 : marks.get(i % marks.size()));
            right[i] = mark[i] + (labels.isEmpty() ? 30 : labels.get(i % labels.size()));
        }
        int[] expected = new int[left.length];
        double[] rowEnd = new double[maxRows];
        double[] rowMark = new double[maxRows];
        int used = 0;
        for (int i = 0; i < left.length; i++) {
            int row = -1;
            for (int r = 0; r < used && row < 0; r++) {
                row = rowEnd[r] + 4 <= left[i] + RowStacker.EPSILON ? r : -1;
            }
            if (row < 0 && used < maxRows) {
                row = used++;
            }
            for (int r = 0; r < used && row < 0; r++) {
                row = rowMark[r] + 4 <= left[i] + RowStacker.EPSILON ? r : -1;
            }
            if (row >= 0) {
                rowEnd[row] = right[i];
                rowMark[row] = mark[i];
            }
            expected[i] = row;
        }

        assertThat(RowStacker.stack(left, right, mark, 4, maxRows)).containsExactly(expected);
    }
}
