package io.opstimeline.core.export;

import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;

/**
 * The one place the export and the annotation overlay reach into the timeline painter: how to ask
 * it for a frame, and where its time area lies (right of the lane gutter, below the axis). If the
 * painter's layout changes, only this adapter follows.
 */
public final class TimelineArea {
    /** Where the time area of a painted frame lies, and what was drawn where. */
    public record Frame(TimeWindow window, double timeLeft, double timeWidth, double top, double bottom, HitMap hits) {
        public double x(long epochMilli) {
            return timeLeft + window.toX(epochMilli, timeWidth);
        }

        public double right() {
            return timeLeft + timeWidth;
        }
    }

    private TimelineArea() {
    }

    /** The frame geometry of a timeline of this size; the GUI's overlay uses it with its own hit map. */
    public static Frame frame(TimeWindow window, double width, double height, HitMap hits) {
        double left = TimelinePainter.GUTTER;
        return new Frame(window, left, Math.max(1, width - left), AxisPainter.HEIGHT, height, hits);
    }

    /** Paints the records {@code shown} (a filtered subset of the dataset, sorted by start) at (0,0). */
    public static Frame paint(Surface s, Dataset dataset, List<Event> shown, TimeWindow window, double width,
                              double height, Theme theme) {
        EventIndex index = shown.size() == dataset.events().size() ? EventIndex.of(dataset.events()) : EventIndex.of(shown);
        HitMap hits = new TimelinePainter().paint(s, new TimelinePainter.Request(index, Lanes.byKind(dataset),
                dataset::kind, window, width, height, dataset.timeZone(), null, theme));
        return frame(window, width, height, hits);
    }
}
