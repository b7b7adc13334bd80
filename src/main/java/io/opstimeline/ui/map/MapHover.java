package io.opstimeline.ui.map;

import io.opstimeline.core.map.MarkerGroup;
import io.opstimeline.core.map.PlaceRecords;
import io.opstimeline.core.model.Event;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The text shown when the pointer rests on a marker: its places, then its records, dated. */
final class MapHover {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private final int maxLines;

    MapHover(int maxLines) {
        this.maxLines = maxLines;
    }

    String describe(MarkerGroup group, ZoneId zone) {
        String places = group.places().stream()
                .map(PlaceRecords::place)
                .map(p -> p.name())
                .collect(Collectors.joining(", "));
        List<Event> records = group.records();
        StringBuilder sb = new StringBuilder(places)
                .append(" — ")
                .append(records.size())
                .append(records.size() == 1 ? " record" : " records");
        for (int i = 0; i < Math.min(maxLines, records.size()); i++) {
            Event e = records.get(i);
            sb.append('\n')
                    .append(DAY.format(e.start().instant().atZone(zone)))
                    .append("  ")
                    .append(e.title());
        }
        if (records.size() > maxLines) {
            sb.append("\n… and ").append(records.size() - maxLines).append(" more (click to step through them)");
        }
        return sb.toString();
    }
}
