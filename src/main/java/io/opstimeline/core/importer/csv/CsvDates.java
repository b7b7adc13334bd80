package io.opstimeline.core.importer.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the dates people write in spreadsheets into the dataset's form (2011, 2011-03,
 * 2011-03-19, 2011-03-19T14:30Z), keeping the precision written. With an explicit format only that
 * format is accepted. Without one, ISO dates, "19 Mar 2011", "Mar 19, 2011", "March 2011" and
 * numeric d/m/y or m/d/y dates are read; the order of the numeric ones is settled by any date in
 * the file whose first or second number is above 12, otherwise it is day first and a warning says so.
 */
final class CsvDates {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?)?)?");
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\\.?,?[ -](\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?[ -](\\d{4})");

    /** Numeric-date order, as settled by the file's own dates. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    private final String format;
    private final DateTimeFormatter formatter;
    private Order order = Order.DAY_FIRST;

    /** @throws IllegalArgumentException when the explicit format is not a valid pattern */
    CsvDates(String format) {
        this.format = format == null || format.isBlank() ? null : format.strip();
        this.formatter = this.format == null ? null : compile(this.format);
    }

    boolean explicit() {
        return formatter != null;
    }

    private static DateTimeFormatter compile(String pattern) {
        StringBuilder p = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            // 'y' is year-of-era, which strict resolution refuses without an era: 'u' is the plain year.
            p.append(!quoted && c == 'y' ? 'u' : c);
        }
        try {
            return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p.toString())
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("date format \"" + pattern + "\" is not a valid pattern: "
                    + e.getMessage() + " (example: dd/MM/yyyy or yyyy-MM-dd HH:mm)");
        }
    }

    /**
     * Looks at every numeric date first. Returns null when their order is clear, else a note for a
     * warning (ambiguous) or throws for a contradiction (some day-first, some month-first).
     */
    Ambiguity settleOrder(List<CsvTable.Cell> cells) {
        if (formatter != null) {
            return null;
        }
        CsvTable.Cell dayFirst = null;
        CsvTable.Cell monthFirst = null;
        CsvTable.Cell ambiguous = null;
        int ambiguousCount = 0;
        for (CsvTable.Cell c : cells) {
            Matcher m = NUMERIC.matcher(c.text());
            if (!m.matches()) {
                continue;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a > 12 && b <= 12 && dayFirst == null) {
                dayFirst = c;
            } else if (b > 12 && a <= 12 && monthFirst == null) {
                monthFirst = c;
            } else if (a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b) {
                ambiguousCount++;
                if (ambiguous == null) {
                    ambiguous = c;
                }
            }
        }
        if (dayFirst != null && monthFirst != null) {
            throw new CellException(monthFirst, "\"" + monthFirst.text() + "\" is month first but \""
                    + dayFirst.text() + "\" (line " + dayFirst.line()
                    + ") is day first; the file mixes two date orders, give --date-format");
        }
        order = monthFirst != null ? Order.MONTH_FIRST : Order.DAY_FIRST;
        if (dayFirst == null && monthFirst == null && ambiguous != null) {
            return new Ambiguity(ambiguous, ambiguousCount);
        }
        return null;
    }

    /** The first ambiguous date and how many there are. */
    record Ambiguity(CsvTable.Cell first, int count) {
        String message() {
            Matcher m = NUMERIC.matcher(first.text());
            m.matches();
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String sep = m.group(2);
            return "warning: \"" + first.text() + "\" could be " + a + " " + monthName(b) + " or " + b + " "
                    + monthName(a) + (count > 1 ? " (" + count + " dates like it)" : "")
                    + "; no date in the file settles the order and no --date-format was given, so it is read day "
                    + "first (dd" + sep + "MM" + sep + "yyyy); set the date format (--date-format MM" + sep + "dd" + sep
                    + "yyyy) if months come first";
        }
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The date in the dataset's form, or throws IllegalArgumentException with a message for the user. */
    String toDatasetDate(String text) {
        String s = text.strip();
        if (formatter != null) {
            return withFormat(s);
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return build(num(m.group(1)), m.group(2) == null ? null : num(m.group(2)),
                    m.group(3) == null ? null : num(m.group(3)), m.group(4) == null ? null : num(m.group(4)),
                    m.group(5) == null ? null : num(m.group(5)), m.group(6), offset(m.group(7)), s);
        }
        m = YMD_SLASH.matcher(s);
        if (m.matches()) {
            return build(num(m.group(1)), num(m.group(2)), num(m.group(3)), null, null, null, null, s);
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            if (m.group(4).length() == 2) {
                throw new IllegalArgumentException("\"" + s + "\" has a two-digit year; write the year in full "
                        + "or give --date-format");
            }
            int a = num(m.group(1));
            int b = num(m.group(3));
            int day = order == Order.DAY_FIRST ? a : b;
            int month = order == Order.DAY_FIRST ? b : a;
            return build(num(m.group(4)), month, day, m.group(5) == null ? null : num(m.group(5)),
                    m.group(6) == null ? null : num(m.group(6)), m.group(7), null, s);
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            return build(num(m.group(3)), month(m.group(2), s), num(m.group(1)), null, null, null, null, s);
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            return build(num(m.group(3)), month(m.group(1), s), num(m.group(2)), null, null, null, null, s);
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return build(num(m.group(2)), month(m.group(1), s), null, null, null, null, null, s);
        }
        if (s.matches("(?i)\\d{1,2}[ -/.]([a-z]{3,9}|\\d{1,2})[ -/.]\\d{2}")) {
            throw new IllegalArgumentException("\"" + s + "\" has a two-digit year; write the year in full "
                    + "or give --date-format (e.g. dd-MMM-yy)");
        }
        if (s.matches("\\d{5}(\\.\\d+)?")) {
            throw new IllegalArgumentException("\"" + s + "\" is a number, not a date (a spreadsheet date serial?); "
                    + "format the column as dates like 2011-03-19 before saving");
        }
        throw new IllegalArgumentException("\"" + s + "\" is not a date we can read; write it like 2011-03-19, "
                + "19 Mar 2011 or 19/03/2011, or give --date-format");
    }

    private String withFormat(String s) {
        TemporalAccessor t;
        try {
            t = formatter.parse(s);
        } catch (DateTimeParseException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DateTimeException && cause.getMessage() != null) {
                throw new IllegalArgumentException("\"" + s + "\" is not a real date: " + friendly(cause.getMessage()));
            }
            throw new IllegalArgumentException("\"" + s + "\" does not match the date format " + format);
        }
        if (!t.isSupported(ChronoField.YEAR)) {
            throw new IllegalArgumentException("the date format " + format + " gives no year (use yyyy)");
        }
        Integer month = field(t, ChronoField.MONTH_OF_YEAR);
        Integer day = month == null ? null : field(t, ChronoField.DAY_OF_MONTH);
        Integer hour = day == null ? null : field(t, ChronoField.HOUR_OF_DAY);
        Integer minute = hour == null ? null : field(t, ChronoField.MINUTE_OF_HOUR);
        Integer second = minute == null ? null : field(t, ChronoField.SECOND_OF_MINUTE);
        String offset = null;
        if (hour != null && t.isSupported(ChronoField.OFFSET_SECONDS)) {
            offset = java.time.ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)).getId();
        }
        return build(t.get(ChronoField.YEAR), month, day, hour, hour == null ? null : (minute == null ? 0 : minute),
                second == null ? null : second.toString(), offset, s);
    }

    private static Integer field(TemporalAccessor t, ChronoField f) {
        return t.isSupported(f) ? t.get(f) : null;
    }

    private static String build(int year, Integer month, Integer day, Integer hour, Integer minute, String seconds,
                                String offset, String original) {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("\"" + original + "\": year " + year + " is outside 1 to 9999");
        }
        if (seconds != null && Integer.parseInt(seconds) != 0) {
            throw new IllegalArgumentException("\"" + original + "\" has seconds; the dataset keeps dates to the "
                    + "minute, so round it first to avoid losing them silently");
        }
        try {
            StringBuilder sb = new StringBuilder(16);
            pad(sb, year, 4);
            if (month == null) {
                return sb.toString();
            }
            YearMonth.of(year, month);
            pad(sb.append('-'), month, 2);
            if (day == null) {
                return sb.toString();
            }
            LocalDate.of(year, month, day);
            pad(sb.append('-'), day, 2);
            if (hour == null) {
                return sb.toString();
            }
            java.time.LocalTime.of(hour, minute);
            pad(sb.append('T'), hour, 2);
            pad(sb.append(':'), minute, 2);
            if (offset != null) {
                sb.append(offset);
            }
            return sb.toString();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("\"" + original + "\" is not a real date: " + friendly(e.getMessage()));
        }
    }

    /** Zero-padded digits; String.format was most of the time of a 100,000-row import. */
    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }

    private static String friendly(String m) {
        Matcher invalid = Pattern.compile(".*Invalid date '([A-Z]+) (\\d+)'.*").matcher(m);
        if (invalid.matches()) {
            String month = invalid.group(1);
            return "there is no " + invalid.group(2) + " " + month.charAt(0) + month.substring(1).toLowerCase(Locale.ROOT);
        }
        if (m.contains("not a leap year")) {
            return "there is no 29 February that year";
        }
        return m.replace("Invalid value for ", "").replace("MonthOfYear", "month").replace("DayOfMonth", "day")
                .replace("HourOfDay", "hour").replace("MinuteOfHour", "minute").replace("(valid values ", "(valid ");
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static String offset(String s) {
        if (s == null || s.equals("Z")) {
            return s;
        }
        return s.contains(":") ? s : s.substring(0, 3) + ":" + s.substring(3);
    }

    private static int month(String name, String original) {
        String n = name.toLowerCase(Locale.ROOT);
        for (java.time.Month m : java.time.Month.values()) {
            String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n)) || (n.equals("sept") && m.getValue() == 9)) {
                return m.getValue();
            }
        }
        throw new IllegalArgumentException("\"" + original + "\": \"" + name + "\" is not an English month name");
    }
}
