package io.opstimeline.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The date-range rule against counting instants one by one, on a small clock where that is cheap. */
class DateRangeProperties {

    /** Naive: is some whole instant t of the record (its [start, end), or start alone) in [from, to)? */
    private static boolean sharesAnInstant(long start, long end, long from, long to) {
        if (end <= start) {
            return from <= start && start < to;
        }
        for (long t = start; t < end; t++) {
            if (from <= t && t < to) {
                return true;
            }
        }
        return false;
    }

    @Property
    void aRecordIsInExactlyWhenItSharesAnInstantWithTheRange(
            @ForAll @IntRange(min = 0, max = 60) int start,
            @ForAll @IntRange(min = 0, max = 30) int length,
            @ForAll @IntRange(min = 0, max = 60) int from,
            @ForAll @IntRange(min = 0, max = 30) int width) {
        assertThat(DateRange.overlaps(start, start + length, from, from + width))
                .isEqualTo(sharesAnInstant(start, start + length, from, from + width));
    }

    @Property
    void openBoundsRestrictNothing(
            @ForAll @IntRange(min = -1000, max = 1000) int start, @ForAll @IntRange(min = 0, max = 1000) int length) {
        assertThat(DateRange.overlaps(start, start + length, Long.MIN_VALUE, Long.MAX_VALUE))
                .isTrue();
    }

    @Example
    void aDayEndingWhereTheRangeStartsIsOut() {
        long mar31 = 0;
        long apr1 = 86_400_000L;
        assertThat(DateRange.overlaps(mar31, apr1, apr1, apr1 + 86_400_000L)).isFalse();
        assertThat(DateRange.overlaps(mar31, apr1, mar31, apr1)).isTrue();
    }
}
