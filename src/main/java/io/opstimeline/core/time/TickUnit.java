package io.opstimeline.core.time;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One rung of the axis ladder (as in vis-timeline's TimeStep): a calendar unit and a count, how
 * to label it, and which coarser unit the second, "major" row of labels uses.
 */
public enum TickUnit {
    MINUTE_1(ChronoUnit.MINUTES, 1, "HH:mm", ChronoUnit.DAYS),
    MINUTE_5(ChronoUnit.MINUTES, 5, "HH:mm", ChronoUnit.DAYS),
    MINUTE_15(ChronoUnit.MINUTES, 15, "HH:mm", ChronoUnit.DAYS),
    MINUTE_30(ChronoUnit.MINUTES, 30, "HH:mm", ChronoUnit.DAYS),
    HOUR_1(ChronoUnit.HOURS, 1, "HH:mm", ChronoUnit.DAYS),
    HOUR_3(ChronoUnit.HOURS, 3, "HH:mm", ChronoUnit.DAYS),
    HOUR_6(ChronoUnit.HOURS, 6, "HH:mm", ChronoUnit.DAYS),
    HOUR_12(ChronoUnit.HOURS, 12, "HH:mm", ChronoUnit.DAYS),
    DAY_1(ChronoUnit.DAYS, 1, "d", ChronoUnit.MONTHS),
    DAY_2(ChronoUnit.DAYS, 2, "d", ChronoUnit.MONTHS),
    DAY_7(ChronoUnit.DAYS, 7, "d", ChronoUnit.MONTHS),
    MONTH_1(ChronoUnit.MONTHS, 1, "MMM", ChronoUnit.YEARS),
    MONTH_3(ChronoUnit.MONTHS, 3, "MMM", ChronoUnit.YEARS),
    MONTH_6(ChronoUnit.MONTHS, 6, "MMM", ChronoUnit.YEARS),
    YEAR_1(ChronoUnit.YEARS, 1, "uuuu", ChronoUnit.FOREVER),
    YEAR_5(ChronoUnit.YEARS, 5, "uuuu", ChronoUnit.FOREVER),
    YEAR_10(ChronoUnit.YEARS, 10, "uuuu", ChronoUnit.FOREVER),
    YEAR_50(ChronoUnit.YEARS, 50, "uuuu", ChronoUnit.FOREVER),
    YEAR_100(ChronoUnit.YEARS, 100, "uuuu", ChronoUnit.FOREVER);

    static final List<TickUnit> LADDER = List.of(values());

    private final ChronoUnit unit;
    private final int count;
    private final String minorPattern;
    private final ChronoUnit majorUnit;

    TickUnit(ChronoUnit unit, int count, String minorPattern, ChronoUnit majorUnit) {
        this.unit = unit;
        this.count = count;
        this.minorPattern = minorPattern;
        this.majorUnit = majorUnit;
    }

    /** Typical length in ms, for choosing a rung; months and years vary, which is fine here. */
    public long approxMillis() {
        return unit.getDuration().toMillis() * count;
    }

    public String minorPattern() {
        return minorPattern;
    }

    public ChronoUnit majorUnit() {
        return majorUnit;
    }

    public String majorPattern() {
        switch (majorUnit) {
            case DAYS:
                return "EEE d MMMM uuuu";
            case MONTHS:
                return "MMMM uuuu";
            case YEARS:
                return "uuuu";
            default:
                return "";
        }
    }

    /** The last tick at or before {@code t}, aligned to round values (06:00, the 1st, January). */
    ZonedDateTime floor(ZonedDateTime t) {
        switch (unit) {
            case MINUTES: {
                ZonedDateTime h = t.truncatedTo(ChronoUnit.HOURS);
                return h.plusMinutes((t.getMinute() / count) * (long) count);
            }
            case HOURS: {
                ZonedDateTime d = t.truncatedTo(ChronoUnit.DAYS);
                return d.plusHours((t.getHour() / count) * (long) count);
            }
            case DAYS: {
                ZonedDateTime m = t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                return m.plusDays(((t.getDayOfMonth() - 1) / count) * (long) count);
            }
            case MONTHS: {
                ZonedDateTime y = t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
                return y.plusMonths(((t.getMonthValue() - 1) / count) * (long) count);
            }
            default: {
                ZonedDateTime y = t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
                return y.with(ChronoField.YEAR, Math.floorDiv(t.getYear(), count) * (long) count);
            }
        }
    }

    /** The next tick; day steps restart on the 1st so labels read 1, 8, 15, 22, 29, 1. */
    ZonedDateTime next(ZonedDateTime t) {
        ZonedDateTime n = t.plus(count, unit);
        if (unit == ChronoUnit.DAYS && n.getMonthValue() != t.getMonthValue()) {
            n = n.withDayOfMonth(1);
        }
        return n;
    }
}
