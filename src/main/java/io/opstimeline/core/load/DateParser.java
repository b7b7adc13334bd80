package io.opstimeline.core.load;

import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the format's dates. How much is written sets the precision: "2011" is a year,
 * "2011-08" a month, "2011-08-21" a day, "2011-08-21T14:30Z" a minute. Dates without an
 * offset are in the dataset's zone.
 */
public final class DateParser {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?)?)?)?");

    private DateParser() {
    }

    /** Parses or throws {@link IllegalArgumentException} with a message fit for the user. */
    public static TimeSpec parse(String text, ZoneId zone) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a date like 2011-03-19, 2011-03, 2011 or "
                    + "2011-03-19T14:30Z, found \"" + text + "\"");
        }
        int year = Integer.parseInt(m.group(1));
        if (year == 0) {
            throw new IllegalArgumentException("year 0000 does not exist; years run from 0001");
        }
        try {
            if (m.group(2) == null) {
                return new TimeSpec(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant(), DatePrecision.YEAR, zone);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new TimeSpec(LocalDate.of(year, month, 1).atStartOfDay(zone).toInstant(), DatePrecision.MONTH, zone);
            }
            LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return new TimeSpec(day.atStartOfDay(zone).toInstant(), DatePrecision.DAY, zone);
            }
            LocalDateTime time = LocalDateTime.of(day, LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            String offset = m.group(6);
            ZonedDateTime at = offset == null ? time.atZone(zone) : time.atOffset(ZoneOffset.of(offset)).toZonedDateTime();
            return new TimeSpec(at.toInstant(), DatePrecision.MINUTE, offset == null ? zone : at.getOffset());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a real date: " + friendly(e.getMessage()));
        }
    }

    private static String friendly(String javaMessage) {
        if (javaMessage == null) {
            return "out of range";
        }
        if (javaMessage.startsWith("Invalid date")) {
            // "Invalid date 'FEBRUARY 31'" -> "there is no 31 February"
            java.util.regex.Matcher leap = Pattern.compile("Invalid date 'February 29' as '(\\d+)' is not a leap year")
                    .matcher(javaMessage);
            if (leap.matches()) {
                return leap.group(1) + " is not a leap year, so there is no 29 February";
            }
            String[] parts = javaMessage.substring("Invalid date ".length()).replace("'", "").split(" ");
            if (parts.length == 2) {
                String month = parts[0].charAt(0) + parts[0].substring(1).toLowerCase(java.util.Locale.ROOT);
                return "there is no " + parts[1] + " " + month + " that year";
            }
            return javaMessage;
        }
        return javaMessage.replace("Invalid value for ", "").replace("MonthOfYear", "month")
                .replace("DayOfMonth", "day").replace("HourOfDay", "hour").replace("MinuteOfHour", "minute")
                .replace("(valid values ", "(valid ");
    }
}
