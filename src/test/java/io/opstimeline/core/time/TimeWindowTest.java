package io.opstimeline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TimeWindowTest {
    private final TimeWindow w = new TimeWindow(1_000_000, 2_000_000);

    @Test
    void shouldKeepTheAnchorUnderThePointerWhenZooming() {
        long anchor = 1_250_000;
        TimeWindow zoomed = w.zoom(0.5, anchor);

        assertThat(zoomed.span()).isEqualTo(500_000);
        assertThat(zoomed.toX(anchor, 1000)).isCloseTo(w.toX(anchor, 1000), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void shouldNotZoomInBelowOneMinute() {
        assertThat(w.zoom(1e-9, w.center()).span()).isEqualTo(TimeWindow.MIN_SPAN_MS);
    }

    @Test
    void shouldClampAPanBackInsideTheLimits() {
        TimeWindow panned = w.pan(5_000_000).clamp(0, 3_000_000);

        assertThat(panned).isEqualTo(new TimeWindow(2_000_000, 3_000_000));
    }

    @Test
    void shouldFillTheLimitsWhenZoomedOutBeyondThem() {
        assertThat(w.zoom(10, w.center()).clamp(0, 3_000_000)).isEqualTo(new TimeWindow(0, 3_000_000));
    }

    @Property
    void pixelAndTimeConversionsAreInverse(
            @ForAll @LongRange(min = 1_000_000, max = 2_000_000) long t,
            @ForAll @DoubleRange(min = 10, max = 4000) double width) {
        assertThat((double) w.toTime(w.toX(t, width), width)).isCloseTo(t, org.assertj.core.data.Offset.offset(1.0));
    }

    @Property
    void zoomInThenOutReturnsToTheSameSpan(@ForAll @DoubleRange(min = 0.1, max = 0.95) double factor) {
        TimeWindow back = w.zoom(factor, 1_300_000).zoom(1 / factor, 1_300_000);

        assertThat((double) back.start()).isCloseTo(w.start(), org.assertj.core.data.Offset.offset(2.0));
        assertThat((double) back.end()).isCloseTo(w.end(), org.assertj.core.data.Offset.offset(2.0));
    }
}
