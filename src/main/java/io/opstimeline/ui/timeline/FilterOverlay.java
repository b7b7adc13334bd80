package io.opstimeline.ui.timeline;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.TimelineOverlay;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fades the records the filter rejects (DIM mode), outlines text-search matches and the records of
 * the selected nation. Works from the frame's hit boxes, so it needs no part of the layout.
 */
public final class FilterOverlay implements TimelineOverlay {
    private static final Rgb MATCH = Rgb.parse("#bf8700");
    private final Dataset dataset;
    private final Predicate<Event> dimmed;
    private final Predicate<Event> searchHit;
    private final Predicate<Event> nationHit;
    private final Map<String, Event> byId;

    public FilterOverlay(Dataset dataset, Predicate<Event> dimmed, Predicate<Event> searchHit, Predicate<Event> nationHit) {
        this.dataset = dataset;
        this.dimmed = dimmed;
        this.searchHit = searchHit;
        this.nationHit = nationHit;
        this.byId = dataset.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
    }

    @Override
    public void paint(Surface s, Frame frame) {
        for (HitMap.Box b : frame.hits().boxes()) {
            Event e = byId.get(b.eventId());
            if (e == null) {
                continue;
            }
            if (dimmed.test(e)) {
                s.setFill(frame.theme().background(), 0.78);
                s.fillRect(b.x(), b.y(), b.w(), b.h());
                continue;
            }
            if (nationHit.test(e)) {
                s.setFill(frame.theme().selection(), 0.12);
                s.fillRect(b.x(), b.y() + 1, b.w(), b.h() - 2);
            }
            if (searchHit.test(e)) {
                s.setStroke(MATCH, 1, 2);
                s.strokeRect(b.x() + 1, b.y() + 2, b.w() - 2, b.h() - 4);
            }
        }
    }

    public Dataset dataset() {
        return dataset;
    }
}
