package io.opstimeline.core.layout;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the columnar store of a loaded dataset's events, one row per event in each of its lanes. */
public final class EventStores {
    private static final Rgb FALLBACK = Rgb.parse("#6e7781");

    private EventStores() {}

    public static ItemStore of(List<Event> events, Lanes lanes, Function<String, EventKind> kinds) {
        List<LaneInfo> infos = new ArrayList<>();
        for (int l = 0; l < lanes.count(); l++) {
            EventKind k = lanes.mode() == Lanes.Mode.KIND ? kinds.apply(lanes.id(l)) : null;
            infos.add(new LaneInfo(lanes.id(l), lanes.label(l), k == null ? FALLBACK : k.color()));
        }
        ItemStoreBuilder b = new ItemStoreBuilder(infos, List.of(), events.size());
        for (Event e : events) {
            if (lanes.mode() != Lanes.Mode.KIND) {
                // lanes are not kinds, so each record keeps its kind's colour
                EventKind k = kinds.apply(e.kind());
                b.kindColor(e.kind(), k == null ? FALLBACK : k.color());
            }
            for (int lane : lanes.lanesOf(e)) {
                addRow(b, e, lane);
            }
        }
        return b.build();
    }

    private static void addRow(ItemStoreBuilder b, Event e, int lane) {
        int flags = 0;
        if (e.isRange()) {
            flags |= ItemStore.RANGE;
        } else if (e.start().precision().compareTo(DatePrecision.DAY) < 0) {
            flags |= ItemStore.COARSE;
        }
        if (e.isUncertain()) {
            flags |= ItemStore.UNCERTAIN;
        }
        long markStart = e.start().epochMilli();
        long markEnd = (e.isRange() ? e.end().periodEnd() : e.start().periodEnd()).toEpochMilli();
        b.add(
                lane,
                b.kindIndex(e.kind()),
                e.coverStart().toEpochMilli(),
                e.coverEnd().toEpochMilli(),
                markStart,
                Math.max(markStart, markEnd),
                flags,
                e.title(),
                e.id());
    }
}
