package io.opstimeline.ui.timeline;

import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.TimelineOverlay;
import java.util.Set;

/**
 * Shades the records of the nation chosen in the nations pane, whatever lanes they are drawn in.
 * Works from the frame's hit boxes, so it needs no part of the layout. (Filter dimming, hiding
 * and search outlines are drawn by the painter itself, from the row mask and highlights.)
 */
public final class NationOverlay implements TimelineOverlay {
    private final Set<String> recordIds;

    /** @param recordIds the ids of the nation's records */
    public NationOverlay(Set<String> recordIds) {
        this.recordIds = Set.copyOf(recordIds);
    }

    @Override
    public void paint(Surface s, Frame frame) {
        for (HitMap.Box b : frame.hits().boxes()) {
            if (recordIds.contains(b.eventId())) {
                s.setFill(frame.theme().selection(), 0.12);
                s.fillRect(b.x(), b.y() + 1, b.w(), b.h() - 2);
            }
        }
    }
}
