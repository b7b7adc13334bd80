package io.opstimeline.core.time;

/**
 * The visible span of time, in epoch milliseconds, end exclusive. Immutable: zooming or panning
 * returns a new window. Pixel conversion takes the width explicitly so this stays free of views.
 */
public record TimeWindow(long start, long end) {
    /** Narrowest window: one minute across the whole view is as far as minute-precision data needs. */
    public static final long MIN_SPAN_MS = 60_000L;

    public TimeWindow {
        if (end <= start) {
            throw new IllegalArgumentException("window end must be after start: " + start + ".." + end);
        }
    }

    public long span() {
        return end - start;
    }

    public long center() {
        return start + span() / 2;
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same screen position. */
    public TimeWindow zoom(double factor, long anchor) {
        double newSpan = Math.max(MIN_SPAN_MS, span() * factor);
        double ratio = (anchor - start) / (double) span();
        long newStart = Math.round(anchor - ratio * newSpan);
        return new TimeWindow(newStart, newStart + Math.round(newSpan));
    }

    public TimeWindow pan(long deltaMs) {
        return new TimeWindow(start + deltaMs, end + deltaMs);
    }

    /**
     * Keeps the window within [min, max] (a window wider than that becomes exactly that), so the
     * user can never pan or zoom the data out of sight.
     */
    public TimeWindow clamp(long min, long max) {
        if (max - min <= span()) {
            return new TimeWindow(min, Math.max(max, min + MIN_SPAN_MS));
        }
        if (start < min) {
            return new TimeWindow(min, min + span());
        }
        if (end > max) {
            return new TimeWindow(max - span(), max);
        }
        return this;
    }

    public double toX(long time, double width) {
        return (time - start) * width / span();
    }

    public long toTime(double x, double width) {
        return start + Math.round(x / width * span());
    }

    public boolean overlaps(long from, long to) {
        return to >= start && from < end;
    }

    /** The window that shows [from, to] with a margin of {@code padFraction} of the span each side. */
    public static TimeWindow around(long from, long to, double padFraction) {
        long span = Math.max(MIN_SPAN_MS, to - from);
        long pad = Math.round(span * padFraction);
        return new TimeWindow(from - pad, from + span + pad);
    }
}
