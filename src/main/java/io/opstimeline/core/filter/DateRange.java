package io.opstimeline.core.filter;

/**
 * The one rule for "is this record in the date range": the range is the half-open interval
 * [from, to), where the From field's day starts at its 00:00 and the To field's day is taken
 * whole (to = the next day's 00:00), both in the zone the user sees. A record covering
 * [start, end) is in when the two overlap; a record at one instant (start == end) is in when that
 * instant lies in the range. So From = 1 Apr leaves out a record dated 31 Mar (which ends at
 * 1 Apr 00:00), and To = 31 Mar keeps it.
 */
public final class DateRange {
    private DateRange() {}

    /**
     * @param start the record's first instant (epoch ms)
     * @param end   where the record stops (exclusive, epoch ms); equal to start for an instant
     * @param from  the range's first instant, or {@link Long#MIN_VALUE} for no lower bound
     * @param to    the range's end (exclusive), or {@link Long#MAX_VALUE} for no upper bound
     */
    public static boolean overlaps(long start, long end, long from, long to) {
        if (to <= from) {
            return false; // From after To: an empty range holds nothing
        }
        if (end <= start) {
            return start >= from && start < to;
        }
        return start < to && end > from;
    }
}
