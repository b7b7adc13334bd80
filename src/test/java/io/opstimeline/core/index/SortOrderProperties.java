package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The two-thread sort of the store's keys against the JDK's one-thread sort. */
class SortOrderProperties {
    @Provide
    Arbitrary<Long> values() {
        // small values give duplicates; any long gives the extremes
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 999), Arbitraries.longs());
    }

    /**
     * {@code n} keys (up to the sizes where the sort goes to two threads) spread from a short drawn
     * list of values, so that a failure shrinks to a few values and a length, not to a seed.
     */
    @Property(tries = 20)
    void sortsLikeArraysSort(
            @ForAll @IntRange(min = 0, max = 300_000) int n,
            @ForAll @Size(min = 1, max = 50) List<@From("values") Long> values) {
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = values.get((int) ((i * 2_654_435_761L) % values.size())); // duplicates, out of order
        }
        long[] expected = keys.clone();
        Arrays.sort(expected);
        assertThat(SortOrder.sort(keys)).isEqualTo(expected);
    }
}
