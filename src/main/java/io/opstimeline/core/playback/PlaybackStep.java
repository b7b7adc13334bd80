package io.opstimeline.core.playback;

import java.time.Duration;

/** How far one tick of playback moves the timeline's window. */
public enum PlaybackStep {
    DAY("Day", Duration.ofDays(1)),
    WEEK("Week", Duration.ofDays(7)),
    MONTH("30 days", Duration.ofDays(30));

    private final String label;
    private final Duration length;

    PlaybackStep(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public Duration length() {
        return length;
    }

    @Override
    public String toString() {
        return label;
    }
}
