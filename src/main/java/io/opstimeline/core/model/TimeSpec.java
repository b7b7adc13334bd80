package io.opstimeline.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A date as a source wrote it: the start of the period it names and how precise it is.
 * "2011-08" is the whole of August, not 1 August; {@link #periodEnd} says where it stops.
 */
public record TimeSpec(Instant instant, DatePrecision precision, ZoneId zone) {

    public TimeSpec {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(zone, "zone");
    }

    public long epochMilli() {
        return instant.toEpochMilli();
    }

    /** Exclusive end of the period this date names (the instant itself for minute precision). */
    public Instant periodEnd() {
        ZonedDateTime z = instant.atZone(zone);
        switch (precision) {
            case YEAR:
                return z.plusYears(1).toInstant();
            case MONTH:
                return z.plusMonths(1).toInstant();
            case DAY:
                return z.plusDays(1).toInstant();
            default:
                return instant;
        }
    }

    /** Human text at the precision the source gave, e.g. "Aug 2011" or "21 Aug 2011 14:30 UTC". */
    public String display() {
        ZonedDateTime z = instant.atZone(zone);
        switch (precision) {
            case YEAR:
                return DateTimeFormatter.ofPattern("uuuu", Locale.ROOT).format(z);
            case MONTH:
                return DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH).format(z);
            case DAY:
                return DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).format(z);
            default:
                return DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH)
                                .format(z) + " " + zone.getId();
        }
    }
}
