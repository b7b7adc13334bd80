package io.opstimeline.ui.filter;

import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * What a From or To field means, read from what the user typed: ISO 8601 ("2011-04-01",
 * "2011-04", "2011", "2011-04-01T12:00Z") or the locale's short date ("4/1/2011" in the US,
 * "01/04/2011" in the UK). A From field takes the first day the text denotes, a To field the last
 * ("2011-04" is 1 Apr in From and 30 Apr in To); a time is read as its day in the zone shown.
 * Never throws: bad text gives a {@link Result} with a message fit for a tooltip.
 */
public final class DateInput {
    /** Which end of the range a field sets. */
    public enum End {
        FROM,
        TO
    }

    /** Either a day (null for an empty field: no bound) or why the text is not a date. */
    public record Result(LocalDate day, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final int ECHO_LIMIT = 30;
    private final List<DateTimeFormatter> localeForms;
    private final String localeExample;

    public DateInput(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        // the short form often has a two-digit year; people type four, so both are taken (strictly: no 30 Feb)
        String fourDigits = pattern.replaceAll("y+", "uuuu");
        String twoDigits = pattern.replaceAll("y+", "uu");
        localeForms = List.of(strict(fourDigits, locale), strict(twoDigits, locale));
        localeExample = localeForms.get(0).format(LocalDate.of(2011, 4, 1));
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The hint shown when a field is empty or wrong: the forms it takes. */
    public String forms() {
        return "2011-04-01, 2011-04, 2011, 2011-04-01T12:00Z or " + localeExample;
    }

    public Result read(String typed, End end, ZoneId shownZone) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Result(null, null);
        }
        if (Character.isDigit(text.charAt(0))
                && text.length() >= 4
                && text.chars().limit(4).allMatch(Character::isDigit)) {
            return iso(text, end, shownZone);
        }
        for (DateTimeFormatter f : localeForms) {
            try {
                return new Result(LocalDate.parse(text, f), null);
            } catch (DateTimeParseException notThisForm) {
                // try the next form; the message below names them all
            }
        }
        return new Result(null, "Not a date: \"" + echo(text) + "\". Type " + forms() + ".");
    }

    private Result iso(String text, End end, ZoneId shownZone) {
        TimeSpec spec;
        try {
            spec = DateParser.parse(text, shownZone);
        } catch (IllegalArgumentException e) {
            if (text.length() > ECHO_LIMIT) {
                return new Result(null, "Not a date: \"" + echo(text) + "\". Type " + forms() + ".");
            }
            return new Result(null, capitalise(e.getMessage()) + ".");
        }
        LocalDate first = spec.instant().atZone(shownZone).toLocalDate();
        if (end == End.FROM || spec.precision() == DatePrecision.MINUTE) {
            return new Result(first, null);
        }
        // the last day of the year, month or day written: the day before its period ends
        return new Result(spec.periodEnd().atZone(shownZone).toLocalDate().minusDays(1), null);
    }

    private static String echo(String text) {
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "\u2026";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
