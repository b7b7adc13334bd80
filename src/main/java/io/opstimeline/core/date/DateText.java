package io.opstimeline.core.date;

import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 shapes of a date in text. The dataset's own form is strict ("2011", "2011-08",
 * "2011-08-21", "2011-08-21T14:30Z"): how much is written sets the precision. Spreadsheets and
 * items files write more variety (one-digit months, a space for the T, seconds and fractions, an
 * offset without its colon), read by {@link #iso}. Both give a {@link WrittenDate}, so both are
 * checked the same way.
 */
public final class DateText {
    private static final Pattern DATASET_FORM =
            Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(Z|[+-]\\d{2}:\\d{2})?)?)?)?");
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2})(?:[Tt ](\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*([Zz]|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");
    private static final String DATASET_EXAMPLES = "2011-03-19, 2011-03, 2011 or 2011-03-19T14:30Z";

    private DateText() {}

    /** A date in the dataset's form, or throws IllegalArgumentException saying what is wrong with it. */
    public static WrittenDate datasetForm(String text) {
        Matcher m = DATASET_FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected a date like " + DATASET_EXAMPLES + ", found \"" + text + "\"");
        }
        return fields(text, m);
    }

    /**
     * Any ISO 8601 date or date-time (seconds and fractions included), or null when the text does not
     * have that shape at all; throws IllegalArgumentException when it has the shape but is no real date.
     */
    public static WrittenDate iso(String text) {
        Matcher m = ISO.matcher(text);
        return m.matches() ? fields(text, m) : null;
    }

    private static WrittenDate fields(String text, Matcher m) {
        int year = Integer.parseInt(m.group(1));
        if (m.group(4) == null) {
            return WrittenDate.ofDate(text, year, number(m.group(2)), number(m.group(3)));
        }
        boolean withSeconds = m.groupCount() > 6 && m.group(6) != null;
        String fraction = withSeconds && m.group(7) != null ? (m.group(7) + "00000000").substring(0, 9) : "0";
        String offset = m.group(m.groupCount());
        return WrittenDate.ofTime(
                text,
                year,
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)),
                withSeconds ? Integer.parseInt(m.group(6)) : 0,
                Integer.parseInt(fraction),
                offset(text, offset));
    }

    /** "Z", "+02:00", "+0200" or "+02" as an offset; null for none; refused when beyond +-18:00. */
    public static ZoneOffset offset(String text, String written) {
        if (written == null) {
            return null;
        }
        if (written.equalsIgnoreCase("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = written.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        if (minutes > 59) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a real date: an offset's minutes run from 00 " + "to 59");
        }
        if (hours > 18 || hours == 18 && minutes > 0) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a real date: an offset must be between " + "-18:00 and +18:00");
        }
        int sign = written.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.parseInt(digits);
    }

    /**
     * The dataset's text for a date, at its precision: the inverse of {@link #datasetForm} for dates
     * to the minute. A time written with an offset keeps it; a local time is written without one.
     */
    public static String datasetForm(TimeSpec date) {
        ZonedDateTime z = date.instant().atZone(date.zone());
        StringBuilder sb = new StringBuilder(22);
        pad(sb, z.getYear(), 4);
        if (date.precision() == DatePrecision.YEAR) {
            return sb.toString();
        }
        pad(sb.append('-'), z.getMonthValue(), 2);
        if (date.precision() == DatePrecision.MONTH) {
            return sb.toString();
        }
        pad(sb.append('-'), z.getDayOfMonth(), 2);
        if (date.precision() == DatePrecision.DAY) {
            return sb.toString();
        }
        pad(sb.append('T'), z.getHour(), 2);
        pad(sb.append(':'), z.getMinute(), 2);
        if (date.zone() instanceof ZoneOffset) {
            sb.append(date.zone().getId());
        }
        return sb.toString();
    }

    /** Zero-padded digits; String.format was most of the time of a 100,000-row import. */
    private static void pad(StringBuilder sb, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(digits);
    }
}
