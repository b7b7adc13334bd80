package io.opstimeline.core.date;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;

/**
 * A local time placed in a zone. Twice a year, in zones with daylight saving, a local time does
 * not exist (the clocks jump over it) or exists twice (they go back over it). The JDK would
 * silently move the first and pick the earlier of the second; a timeline of events must not, so
 * both are refused with the offsets that would say which instant is meant.
 */
final class LocalTimes {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private LocalTimes() {}

    static Instant instant(String text, LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return local.toInstant(offsets.get(0));
        }
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        String before = change.getOffsetBefore().getId();
        String after = change.getOffsetAfter().getId();
        String clocks = "the clocks went from " + CLOCK.format(change.getDateTimeBefore()) + " to "
                + CLOCK.format(change.getDateTimeAfter());
        if (offsets.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\" does not exist in " + zone.getId() + " (" + clocks
                    + " that night); write the time with the offset meant, " + before + " or " + after);
        }
        throw new IllegalArgumentException("\"" + text + "\" happens twice in " + zone.getId() + " (" + clocks
                + " that night); write the time with the offset meant: " + before + " for the first, " + after
                + " for the second");
    }
}
