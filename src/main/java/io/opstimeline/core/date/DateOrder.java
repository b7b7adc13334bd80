package io.opstimeline.core.date;

import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;

/**
 * Whether a later date (an end, a latest bound) comes before an earlier one. A date names a period
 * ("2011" is the whole year), so the later one is compared by the last moment it covers: an end of
 * {@code 2011} after a start of {@code 2011-03-19} is fine, since the year contains the day.
 */
public final class DateOrder {
    private DateOrder() {}

    /** True when every moment {@code later} covers is before {@code earlier} starts. */
    public static boolean isBefore(TimeSpec later, TimeSpec earlier) {
        if (later.precision() == DatePrecision.MINUTE) {
            return later.instant().isBefore(earlier.instant());
        }
        return !later.periodEnd().isAfter(earlier.instant());
    }
}
