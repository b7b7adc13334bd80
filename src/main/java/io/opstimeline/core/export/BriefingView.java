package io.opstimeline.core.export;

import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One page's content: a window, a filter and the lane mode ({@link SavedView#LANES_BY_KIND} or
 * {@link SavedView#LANES_BY_NATION}), with the saved view's name if it came from one.
 */
public record BriefingView(String name, TimeWindow window, ViewFilter filter, String lanes) {
    public BriefingView {
        filter = filter == null ? ViewFilter.NONE : filter;
        lanes = lanes == null ? SavedView.LANES_BY_KIND : lanes;
    }

    /** A page with lanes by kind. */
    public BriefingView(String name, TimeWindow window, ViewFilter filter) {
        this(name, window, filter, SavedView.LANES_BY_KIND);
    }

    public static BriefingView of(SavedView v) {
        return new BriefingView(
                v.name(), new TimeWindow(v.start().toEpochMilli(), v.end().toEpochMilli()), v.filter(), v.lanes());
    }

    /** The lanes the page draws, as the layout names them. */
    public Lanes.Mode laneMode() {
        return SavedView.LANES_BY_NATION.equals(lanes) ? Lanes.Mode.NATION : Lanes.Mode.KIND;
    }

    /** The same window the GUI opens with: all records and a little room either side. */
    public static TimeWindow wholeDataset(Dataset d) {
        if (d.events().isEmpty()) {
            long now = System.currentTimeMillis();
            return new TimeWindow(now - 86_400_000L, now);
        }
        long[] extent = EventIndex.of(d.events()).extent();
        TimeWindow w = TimeWindow.around(extent[0], extent[1], 0.03);
        // Whole days in the dataset's zone, so the page states a plain date range.
        ZoneId z = d.timeZone();
        long start = Instant.ofEpochMilli(w.start())
                .atZone(z)
                .toLocalDate()
                .atStartOfDay(z)
                .toInstant()
                .toEpochMilli();
        long end = Instant.ofEpochMilli(w.end() + w.span() / 8)
                .atZone(z)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(z)
                .toInstant()
                .toEpochMilli();
        return new TimeWindow(start, end);
    }
}
