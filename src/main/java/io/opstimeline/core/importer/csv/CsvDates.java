package io.opstimeline.core.importer.csv;

import io.opstimeline.core.date.DateText;
import io.opstimeline.core.date.WrittenDate;
import io.opstimeline.core.importer.csv.CsvImportSpec.Setting;
import java.text.ParsePosition;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people write in spreadsheets, keeping the precision written (2011, March 2011,
 * 19 Mar 2011, 2011-03-19 14:30); the fields are checked by {@link WrittenDate}, as the loader's are. With an explicit format only that
 * format is accepted. Without one, ISO dates, "19 Mar 2011", "Mar 19, 2011", "March 2011" and
 * numeric d/m/y or m/d/y dates are read; the order of the numeric ones is settled by any date in
 * the file whose first or second number is above 12, otherwise it is day first and a warning says so.
 */
final class CsvDates {
    private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern NUMERIC =
            Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?[ -]([A-Za-z]{3,9})\\.?,?[ -](\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY =
            Pattern.compile("([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?[ -](\\d{4})");

    /** Numeric-date order, as settled by the file's own dates. */
    enum Order {
        DAY_FIRST,
        MONTH_FIRST
    }

    private final String format;
    private final DateTimeFormatter formatter;
    private final Function<Setting, String> names;
    private Order order = Order.DAY_FIRST;

    /**
     * @param names how messages name a setting the user may give
     * @throws IllegalArgumentException when the explicit format is not a valid pattern
     */
    CsvDates(String format, Function<Setting, String> names) {
        this.names = names;
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
            return new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(p.toString())
                    .toFormatter(Locale.ENGLISH)
                    .withResolverStyle(ResolverStyle.STRICT);
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
        FileEvidence says = FileEvidence.of(cells, c -> {
            Matcher m = NUMERIC.matcher(c.text());
            if (!m.matches()) {
                return FileEvidence.Says.NOTHING;
            }
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            return a > 12 && b <= 12
                    ? FileEvidence.Says.FIRST_WAY
                    : b > 12 && a <= 12
                            ? FileEvidence.Says.SECOND_WAY
                            : a >= 1 && b >= 1 && a <= 12 && b <= 12 && a != b
                                    ? FileEvidence.Says.EITHER
                                    : FileEvidence.Says.NOTHING;
        });
        CsvTable.Cell dayFirst = says.firstWay();
        CsvTable.Cell monthFirst = says.secondWay();
        if (says.mixed()) {
            throw new CellException(
                    monthFirst,
                    "\"" + monthFirst.text() + "\" is month first but \""
                            + dayFirst.text() + "\" (line " + dayFirst.line()
                            + ") is day first; the file mixes two date orders, give "
                            + names.apply(Setting.DATE_FORMAT));
        }
        order = monthFirst != null ? Order.MONTH_FIRST : Order.DAY_FIRST;
        return says.unsettled() ? new Ambiguity(says.either(), says.eitherCount()) : null;
    }

    /** The first ambiguous date and how many there are. */
    record Ambiguity(CsvTable.Cell first, int count) {
        String message(Function<Setting, String> names) {
            Matcher m = NUMERIC.matcher(first.text());
            m.matches();
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            String sep = m.group(2);
            return "warning: \"" + first.text() + "\" could be " + a + " " + monthName(b) + " or " + b + " "
                    + monthName(a) + (count > 1 ? " (" + count + " dates like it)" : "")
                    + "; no date in the file settles the order and " + names.apply(Setting.DATE_FORMAT)
                    + " was not given, so it is read day first (dd" + sep + "MM" + sep + "yyyy); give "
                    + names.apply(Setting.DATE_FORMAT) + " MM" + sep + "dd" + sep + "yyyy if months come first";
        }
    }

    private static String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** The date as written, checked; or throws IllegalArgumentException with a message for the user. */
    WrittenDate read(String text) {
        String s = text.strip();
        if (formatter != null) {
            return withFormat(s);
        }
        WrittenDate iso = DateText.iso(s);
        if (iso != null) {
            return noSeconds(iso);
        }
        Matcher m = YMD_SLASH.matcher(s);
        if (m.matches()) {
            return WrittenDate.ofDate(s, num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = NUMERIC.matcher(s);
        if (m.matches()) {
            if (m.group(4).length() == 2) {
                throw new IllegalArgumentException("\"" + s + "\" has a two-digit year; write the year in full "
                        + "or give " + names.apply(Setting.DATE_FORMAT));
            }
            int a = num(m.group(1));
            int b = num(m.group(3));
            int day = order == Order.DAY_FIRST ? a : b;
            int month = order == Order.DAY_FIRST ? b : a;
            if (m.group(5) == null) {
                return WrittenDate.ofDate(s, num(m.group(4)), month, day);
            }
            return noSeconds(WrittenDate.ofTime(
                    s,
                    num(m.group(4)),
                    month,
                    day,
                    num(m.group(5)),
                    num(m.group(6)),
                    m.group(7) == null ? 0 : num(m.group(7)),
                    0,
                    null));
        }
        m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            return WrittenDate.ofDate(s, num(m.group(3)), month(m.group(2), s), num(m.group(1)));
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            return WrittenDate.ofDate(s, num(m.group(3)), month(m.group(1), s), num(m.group(2)));
        }
        m = MONTH_YEAR.matcher(s);
        if (m.matches()) {
            return WrittenDate.ofDate(s, num(m.group(2)), month(m.group(1), s), null);
        }
        if (s.matches("(?i)\\d{1,2}[ -/.]([a-z]{3,9}|\\d{1,2})[ -/.]\\d{2}")) {
            throw new IllegalArgumentException("\"" + s + "\" has a two-digit year; write the year in full "
                    + "or give " + names.apply(Setting.DATE_FORMAT) + " (e.g. dd-MMM-yy)");
        }
        if (s.matches("\\d{5}(\\.\\d+)?")) {
            throw new IllegalArgumentException("\"" + s + "\" is a number, not a date (a spreadsheet date serial?); "
                    + "format the column as dates like 2011-03-19 before saving");
        }
        throw new IllegalArgumentException("\"" + s + "\" is not a date we can read; write it like 2011-03-19, "
                + "19 Mar 2011 or 19/03/2011, or give " + names.apply(Setting.DATE_FORMAT));
    }

    /**
     * Reads with the explicit format. The fields are taken unresolved, so that an impossible date is
     * refused by our own check, in our words, rather than by the JDK's resolver in its.
     */
    private WrittenDate withFormat(String s) {
        ParsePosition at = new ParsePosition(0);
        TemporalAccessor t = formatter.parseUnresolved(s, at);
        if (t == null || at.getErrorIndex() >= 0 || at.getIndex() != s.length()) {
            throw new IllegalArgumentException("\"" + s + "\" does not match the date format " + format);
        }
        Integer year = field(t, ChronoField.YEAR);
        if (year == null) {
            year = field(t, ChronoField.YEAR_OF_ERA);
        }
        if (year == null) {
            throw new IllegalArgumentException("the date format " + format + " gives no year (use yyyy)");
        }
        Integer month = field(t, ChronoField.MONTH_OF_YEAR);
        Integer day = month == null ? null : field(t, ChronoField.DAY_OF_MONTH);
        Integer hour = day == null ? null : hour(t);
        if (hour == null) {
            return WrittenDate.ofDate(s, year, month, day);
        }
        Integer minute = field(t, ChronoField.MINUTE_OF_HOUR);
        Integer second = field(t, ChronoField.SECOND_OF_MINUTE);
        Integer offset = field(t, ChronoField.OFFSET_SECONDS);
        return noSeconds(WrittenDate.ofTime(
                s,
                year,
                month,
                day,
                hour,
                minute == null ? 0 : minute,
                second == null ? 0 : second,
                0,
                offset == null ? null : offset(s, offset)));
    }

    private static Integer hour(TemporalAccessor t) {
        Integer hour = field(t, ChronoField.HOUR_OF_DAY);
        Integer clock = field(t, ChronoField.CLOCK_HOUR_OF_AMPM);
        Integer half = field(t, ChronoField.AMPM_OF_DAY);
        if (hour == null && clock != null) {
            hour = clock % 12 + (half == null ? 0 : half * 12);
        }
        return hour;
    }

    private static ZoneOffset offset(String s, int seconds) {
        if (Math.abs(seconds) > 18 * 3600) {
            throw new IllegalArgumentException(
                    "\"" + s + "\" is not a real date: an offset must be between " + "-18:00 and +18:00");
        }
        return ZoneOffset.ofTotalSeconds(seconds);
    }

    private static WrittenDate noSeconds(WrittenDate d) {
        if (d.second() != 0 || d.nano() != 0) {
            throw new IllegalArgumentException("\"" + d.text() + "\" has seconds; the dataset keeps dates to the "
                    + "minute, so round it first to avoid losing them silently");
        }
        return d;
    }

    private static Integer field(TemporalAccessor t, ChronoField f) {
        return t.isSupported(f) ? (int) t.getLong(f) : null;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
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
