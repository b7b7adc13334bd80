package io.opstimeline.core.date;

import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * A date as it was written: its fields down to the precision given (finer fields are the start of
 * the period: month 1, day 1, 00:00), and the offset if one was written. Building one checks the
 * fields, so an impossible date ("2011-02-29", hour 25) is refused here, with the original text in
 * the message.
 *
 * @param text the text the fields came from, for messages
 */
public record WrittenDate(
        String text,
        int year,
        int month,
        int day,
        int hour,
        int minute,
        int second,
        int nano,
        DatePrecision precision,
        ZoneOffset offset) {

    public WrittenDate {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(precision, "precision");
        String impossible = impossibility(year, month, day, hour, minute, second, nano);
        if (impossible != null) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date: " + impossible);
        }
    }

    /** A year, month or day: the fields after the precision are left out. */
    public static WrittenDate ofDate(String text, int year, Integer month, Integer day) {
        DatePrecision precision =
                month == null ? DatePrecision.YEAR : day == null ? DatePrecision.MONTH : DatePrecision.DAY;
        return new WrittenDate(
                text, year, month == null ? 1 : month, day == null ? 1 : day, 0, 0, 0, 0, precision, null);
    }

    /** A time to the minute (or finer) on a day, with the offset written, or null for the zone's local time. */
    public static WrittenDate ofTime(
            String text, int year, int month, int day, int hour, int minute, int second, int nano, ZoneOffset offset) {
        return new WrittenDate(text, year, month, day, hour, minute, second, nano, DatePrecision.MINUTE, offset);
    }

    public boolean hasTime() {
        return precision == DatePrecision.MINUTE;
    }

    /** The same fields at a coarser precision (a spreadsheet's 00:00 on a date-only column, say). */
    public WrittenDate at(DatePrecision coarser) {
        return new WrittenDate(text, year, month, day, hour, minute, second, nano, coarser, offset);
    }

    /**
     * Where this date starts on the time line: with its written offset, else in {@code zone}. A day
     * starts at its first moment in the zone. A local time that the zone skips (a daylight-saving
     * gap) or passes twice (an overlap) is refused, naming the two offsets that say which is meant,
     * rather than shifted silently.
     */
    public Instant instant(ZoneId zone) {
        if (!hasTime()) {
            return LocalDate.of(year, month, day).atStartOfDay(zone).toInstant();
        }
        LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nano);
        if (offset != null) {
            return local.toInstant(offset);
        }
        return LocalTimes.instant(text, local, zone);
    }

    /** The date in the dataset's terms: where it starts, how precise it is, the zone it was written in. */
    public TimeSpec toTimeSpec(ZoneId zone) {
        return new TimeSpec(instant(zone), precision, offset != null ? offset : zone);
    }

    /** Null when the fields make a real date, else why not (in our words, for the user). */
    private static String impossibility(int year, int month, int day, int hour, int minute, int second, int nano) {
        if (year == 0) {
            return "year 0000 does not exist; years run from 0001";
        }
        if (year < 1 || year > 9999) {
            return "year " + year + " is outside 0001 to 9999";
        }
        if (month < 1 || month > 12) {
            return "there is no month " + month + "; months run from 01 to 12";
        }
        if (day < 1 || day > 31) {
            return "there is no day " + day + "; days run from 01 to 31";
        }
        if (month == 2 && day == 29 && !Year.isLeap(year)) {
            return year + " is not a leap year, so there is no 29 February";
        }
        if (day > Month.of(month).length(Year.isLeap(year))) {
            return "there is no " + day + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " that year";
        }
        if (hour < 0 || hour > 23) {
            return "there is no hour " + hour + "; hours run from 00 to 23";
        }
        if (minute < 0 || minute > 59) {
            return "there is no minute " + minute + "; minutes run from 00 to 59";
        }
        if (second < 0 || second > 59 || nano < 0 || nano > 999_999_999) {
            return "there is no second " + second + "; seconds run from 00 to 59";
        }
        return null;
    }
}
