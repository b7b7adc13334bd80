package io.opstimeline.core.export;

import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelineOverlay;
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
    public record Frame(
            TimeWindow window,
            double timeLeft,
            double timeWidth,
            double top,
            double bottom,
            double badgeY,
            HitMap hits,
            boolean paper) {
        public double x(long epochMilli) {
            return timeLeft + window.toX(epochMilli, timeWidth);
        }

        public double right() {
            return timeLeft + timeWidth;
        }
    }

    private TimelineArea() {}

    /** Height of the strip under the lanes where export pages put annotation badges. */
    public static final double BADGE_STRIP = 24;

    /** The screen's overlay frame as ours; on screen badges go along the bottom edge, over the lanes. */
    public static Frame of(TimelineOverlay.Frame f) {
        double bottom = f.top() + f.height();
        return new Frame(f.window(), f.x0(), f.width(), f.top(), bottom, bottom - BADGE_STRIP / 2, f.hits(), false);
    }

    /**
     * Paints the records {@code shown} (a filtered subset of the dataset, sorted by start) at (0,0),
     * with a strip for annotation badges under the lanes so badges never cover a record.
     */
    public static Frame paint(
            Surface s,
            Dataset dataset,
            List<Event> shown,
            TimeWindow window,
            double width,
            double height,
            java.time.ZoneId zone,
            Theme theme) {
        return paint(s, dataset, shown, window, width, height, zone, theme, Lanes.Mode.KIND);
    }

    /** As above, with lanes by kind or by nation, as the view being exported had them. */
    public static Frame paint(
            Surface s,
            Dataset dataset,
            List<Event> shown,
            TimeWindow window,
            double width,
            double height,
            java.time.ZoneId zone,
            Theme theme,
            Lanes.Mode lanes) {
        return paint(s, dataset, shown, List.of(), window, width, height, zone, theme, lanes);
    }

    /** As above, with {@code dimmed} records drawn faintly behind the shown ones, as the screen's dim mode does. */
    public static Frame paint(
            Surface s,
            Dataset dataset,
            List<Event> shown,
            List<Event> dimmed,
            TimeWindow window,
            double width,
            double height,
            java.time.ZoneId zone,
            Theme theme,
            Lanes.Mode lanes) {
        return paint(s, dataset, shown, dimmed, window, width, height, zone, theme, Lanes.of(dataset, lanes));
    }

    /** As above, with the given lanes only (a page that continues the others on the next). */
    public static Frame paint(
            Surface s,
            Dataset dataset,
            List<Event> shown,
            List<Event> dimmed,
            TimeWindow window,
            double width,
            double height,
            java.time.ZoneId zone,
            Theme theme,
            Lanes laneSet) {
        double lanesHeight = height - BADGE_STRIP;
        HitMap hits;
        if (dimmed.isEmpty()) {
            hits = new TimelinePainter()
                    .paint(
                            s,
                            new TimelinePainter.Request(
                                    EventIndex.of(shown),
                                    laneSet,
                                    dataset::kind,
                                    window,
                                    width,
                                    lanesHeight,
                                    zone,
                                    null,
                                    theme));
        } else {
            List<Event> all = new java.util.ArrayList<>(shown);
            all.addAll(dimmed);
            ItemStore store = EventStores.of(all, laneSet, dataset::kind);
            java.util.Set<String> passing = new java.util.HashSet<>();
            shown.forEach(e -> passing.add(e.id()));
            java.util.BitSet rows = new java.util.BitSet(store.size());
            for (int r = 0; r < store.size(); r++) {
                rows.set(r, passing.contains(store.id(r)));
            }
            hits = new TimelinePainter()
                    .paint(
                            s,
                            new io.opstimeline.core.render.Frame(
                                    store,
                                    window,
                                    width,
                                    lanesHeight,
                                    zone,
                                    null,
                                    theme,
                                    new RowMask(store, rows, RowMask.Mode.DIM),
                                    null));
        }
        s.setFill(theme.gutter(), 1);
        s.fillRect(0, lanesHeight, width, BADGE_STRIP);
        s.setStroke(theme.majorGrid(), 1, 1);
        s.line(0, lanesHeight + 0.5, width, lanesHeight + 0.5);
        s.setFont(FontSpec.SMALL);
        s.setFill(theme.mutedText(), 1);
        s.fillText("Annotations", 8, lanesHeight + BADGE_STRIP / 2 + 4);
        double left = TimelinePainter.GUTTER;
        return new Frame(
                window,
                left,
                Math.max(1, width - left),
                AxisPainter.HEIGHT,
                height,
                height - BADGE_STRIP / 2,
                hits,
                true);
    }
}
