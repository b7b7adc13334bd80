package io.opstimeline.core.export;

import io.opstimeline.core.time.TimeWindow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cutting a long window into one page per calendar period, in the page's zone. Every period is
 * drawn whole (a week is always seven days wide), so all pages share one time scale and a record
 * sits at the same place on the page whichever week it falls in.
 */
public enum Split {
    NONE,
    WEEK,
    MONTH,
    QUARTER;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_NAME = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

    public static Split parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown split '" + s + "': use none, week, month or quarter");
        }
    }

    /** A period of the split: its window and a name for the title block. */
    public record Period(TimeWindow window, String name) {}

    /** The periods that overlap the window, in order; the window itself when not splitting. */
    public List<Period> periods(TimeWindow window, ZoneId zone) {
        if (this == NONE) {
            return List.of(new Period(window, null));
        }
        List<Period> out = new ArrayList<>();
        LocalDate first = Instant.ofEpochMilli(window.start()).atZone(zone).toLocalDate();
        LocalDate start = switch (this) {
            case WEEK -> first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> first.withDayOfMonth(1);
            default ->
                first.withMonth(first.get(IsoFields.QUARTER_OF_YEAR) * 3 - 2).withDayOfMonth(1);
        };
        while (start.atStartOfDay(zone).toInstant().toEpochMilli() < window.end()) {
            LocalDate end = switch (this) {
                case WEEK -> start.plusWeeks(1);
                case MONTH -> start.plusMonths(1);
                default -> start.plusMonths(3);
            };
            String name = switch (this) {
                case WEEK -> "Week of " + DAY.format(start);
                case MONTH -> MONTH_NAME.format(start);
                default -> "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
            };
            out.add(new Period(
                    new TimeWindow(
                            start.atStartOfDay(zone).toInstant().toEpochMilli(),
                            end.atStartOfDay(zone).toInstant().toEpochMilli()),
                    name));
            start = end;
        }
        return out;
    }
}
