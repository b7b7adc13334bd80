package io.opstimeline.core.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the axis rung for a window and lists its ticks. Pure: the view measures how wide a
 * label is and passes that in as {@code minLabelPx}; zone and locale are explicit.
 */
public final class AxisTicks {
    /** A labelled instant on the axis. */
    public record Tick(long time, String label) {}

    /** Minor ticks (grid lines, short labels) and major ticks (the wider unit, long labels). */
    public record Axis(TickUnit unit, List<Tick> minor, List<Tick> major) {}

    private AxisTicks() {}

    /** The finest rung whose ticks are at least {@code minLabelPx} apart. */
    public static TickUnit chooseUnit(TimeWindow window, double widthPx, double minLabelPx) {
        double msPerPx = window.span() / Math.max(1.0, widthPx);
        for (TickUnit u : TickUnit.LADDER) {
            if (u.approxMillis() / msPerPx >= minLabelPx) {
                return u;
            }
        }
        return TickUnit.YEAR_100;
    }

    public static Axis compute(TimeWindow window, double widthPx, double minLabelPx, ZoneId zone, Locale locale) {
        TickUnit unit = chooseUnit(window, widthPx, minLabelPx);
        DateTimeFormatter minorFmt = DateTimeFormatter.ofPattern(unit.minorPattern(), locale);
        List<Tick> minor = new ArrayList<>();
        ZonedDateTime t = unit.floor(Instant.ofEpochMilli(window.start()).atZone(zone));
        int guard = (int) (widthPx / Math.max(1, minLabelPx)) * 2 + 8;
        while (t.toInstant().toEpochMilli() < window.end() && minor.size() < guard) {
            minor.add(new Tick(t.toInstant().toEpochMilli(), minorFmt.format(t)));
            t = unit.next(t);
        }
        List<Tick> major = new ArrayList<>();
        if (unit.majorUnit() != java.time.temporal.ChronoUnit.FOREVER) {
            DateTimeFormatter majorFmt = DateTimeFormatter.ofPattern(unit.majorPattern(), locale);
            ZonedDateTime m = truncate(Instant.ofEpochMilli(window.start()).atZone(zone), unit);
            while (m.toInstant().toEpochMilli() < window.end() && major.size() < guard) {
                major.add(new Tick(m.toInstant().toEpochMilli(), majorFmt.format(m)));
                m = m.plus(1, unit.majorUnit());
            }
        }
        return new Axis(unit, List.copyOf(minor), List.copyOf(major));
    }

    private static ZonedDateTime truncate(ZonedDateTime t, TickUnit unit) {
        ZonedDateTime day = t.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        switch (unit.majorUnit()) {
            case MONTHS:
                return day.withDayOfMonth(1);
            case YEARS:
                return day.withDayOfYear(1);
            default:
                return day;
        }
    }
}
