package io.opstimeline.core.index;

import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Builds the columnar store of a loaded dataset's events, one row per event in its lane. */
public final class EventStores {
    private static final Rgb FALLBACK = Rgb.parse("#6e7781");

    private EventStores() {
    }

    public static ItemStore of(List<Event> events, Lanes lanes, Function<String, EventKind> kinds) {
        List<LaneInfo> infos = new ArrayList<>();
        for (int l = 0; l < lanes.count(); l++) {
            EventKind k = kinds.apply(lanes.id(l));
            infos.add(new LaneInfo(lanes.id(l), lanes.label(l), k == null ? FALLBACK : k.color()));
        }
        ItemStoreBuilder b = new ItemStoreBuilder(infos, List.of(), events.size());
        for (Event e : events) {
            int lane = lanes.laneOf(e);
            if (lane < 0) {
                continue;
            }
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
            b.add(lane, b.kindIndex(e.kind()), e.coverStart().toEpochMilli(), e.coverEnd().toEpochMilli(),
                    markStart, Math.max(markStart, markEnd), flags, e.title(), e.id());
        }
        return b.build();
    }
}
