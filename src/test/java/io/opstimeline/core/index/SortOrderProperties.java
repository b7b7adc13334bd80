package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The two-thread sort of the store's keys against the JDK's one-thread sort. */
class SortOrderProperties {
    @Property(tries = 20)
    void sortsLikeArraysSort(@ForAll @IntRange(min = 0, max = 300_000) int n, @ForAll long seed) {
        Random r = new Random(seed);
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = r.nextInt(4) == 0 ? r.nextLong() : r.nextInt(1000); // duplicates and extremes
        }
        long[] expected = keys.clone();
        Arrays.sort(expected);
        assertThat(SortOrder.sort(keys)).isEqualTo(expected);
    }
}
