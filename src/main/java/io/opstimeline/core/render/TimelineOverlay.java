package io.opstimeline.core.render;

import io.opstimeline.core.time.TimeWindow;

/**
 * Something drawn on top of the timeline after the records: highlights, dimming, a nation's
 * participation span, annotations. Gets the frame's geometry and where each record landed, so it
 * needs no knowledge of how the records were laid out. Screen and export run the same overlays.
 */
public interface TimelineOverlay {

    /** The frame an overlay draws into. x0 and width give the time area; records are in hits. */
    record Frame(TimeWindow window, double x0, double width, double top, double height, HitMap hits, Theme theme) {
        public double x(long time) {
            return x0 + window.toX(time, width);
        }
    }

    void paint(Surface s, Frame frame);
}
