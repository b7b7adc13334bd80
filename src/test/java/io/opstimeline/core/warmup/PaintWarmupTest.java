package io.opstimeline.core.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PaintWarmupTest {
    @Test
    void warmUpWalksBothTheDensityAndTheRecordByRecordPaths() {
        CountingSurface s = PaintWarmup.run(1, ZoneOffset.UTC).drawn();
        assertThat(s.frames()).isEqualTo(62); // 30 zoom steps, 30 pan steps, a dimmed and a hidden filter
        // zoomed in far enough, lanes are laid out record by record: point markers and labels
        assertThat(s.diamonds()).isGreaterThan(1000);
        assertThat(s.texts()).isGreaterThan(s.frames() * 20L);
        // at the full extent, 40 000 items in 8 lanes are density profiles: thousands of columns
        assertThat(s.rects()).isGreaterThan(s.frames() * 50L);
    }
}
