package io.opstimeline.core.playback;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import java.util.Optional;

/**
 * Playback moves the timeline's window through the campaign a step at a time, keeping its width,
 * so every view that follows the window (map, chart, table, detail) plays along. Pure: the UI asks
 * for the next window on each tick and stops when there is none.
 */
public final class Playback {
    private Playback() {}

    /**
     * The window one step on, or empty when the window already reaches the campaign's end (the last
     * step is shortened so the window ends exactly there rather than running past it).
     */
    public static Optional<TimeWindow> next(TimeWindow window, PlaybackStep step, long campaignEnd) {
        if (window.end() >= campaignEnd) {
            return Optional.empty();
        }
        long move = Math.min(step.length().toMillis(), campaignEnd - window.end());
        return Optional.of(window.pan(move));
    }

    /** A played window shows this share of the campaign when the window had all of it in view. */
    static final int SHARE_OF_CAMPAIGN = 10;

    /**
     * The window playing starts from. A window short of the campaign's end plays on from where it is;
     * one at the end starts again at the first record; one that holds the campaign whole (the view a
     * dataset opens on) could not move a single step, so it is narrowed to a tenth of the campaign,
     * at least one step, at the first record.
     */
    public static TimeWindow start(TimeWindow window, PlaybackStep step, long campaignStart, long campaignEnd) {
        if (window.end() < campaignEnd) {
            return window;
        }
        long campaign = campaignEnd - campaignStart;
        if (window.span() < campaign) {
            return rewound(window, campaignStart);
        }
        long span = Math.max(Math.max(step.length().toMillis(), campaign / SHARE_OF_CAMPAIGN), TimeWindow.MIN_SPAN_MS);
        return new TimeWindow(campaignStart, campaignStart + span);
    }

    /**
     * Where playing from the start begins: the window's width placed at the campaign's first record,
     * used when play is pressed with the window already at the end.
     */
    public static TimeWindow rewound(TimeWindow window, long campaignStart) {
        return window.pan(campaignStart - window.start());
    }

    /** First and last instants any record covers, in epoch milliseconds; empty for a dataset without records. */
    public static Optional<long[]> campaign(Dataset dataset) {
        if (dataset == null || dataset.events().isEmpty()) {
            return Optional.empty();
        }
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        for (Event e : dataset.events()) {
            start = Math.min(start, e.coverStart().toEpochMilli());
            end = Math.max(end, e.coverEnd().toEpochMilli());
        }
        return Optional.of(new long[] {start, end});
    }
}
