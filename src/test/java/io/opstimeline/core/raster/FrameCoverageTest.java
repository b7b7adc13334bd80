package io.opstimeline.core.raster;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The painter fills each pixel once instead of clearing the whole frame first, so this guards
 * that the bands, axis and gutter still tile the frame: no pixel keeps the previous frame.
 */
class FrameCoverageTest {
    private static final int STALE = 0xFFFF00FF;
    private static final GlyphSource BOXES = (font, c, dx) -> c == ' ' ? Glyph.blank(4)
            : new Glyph(3, 5, 0, -5, filled(15), 4);

    private static byte[] filled(int n) {
        byte[] a = new byte[n];
        java.util.Arrays.fill(a, (byte) 255);
        return a;
    }

    @org.junit.jupiter.api.Test
    void scrolledLanesKeepTheAxisBandInSightAtTheTopOfWhatIsVisible() {
        ItemStore store = PeerGenerator.store(3000, 1);
        int width = 900;
        int height = 1400; // taller than its scroller: scrolled down by 600
        int[] pixels = new int[width * height];
        RasterSurface s = new RasterSurface(pixels, width, height, new GlyphCache(BOXES));
        s.clear(STALE);
        long start = PeerGenerator.START;
        Frame frame = Frame.of(store, new TimeWindow(start, start + 40 * 86_400_000L), width, height, ZoneOffset.UTC,
                null, Theme.LIGHT).withAxisTop(600);
        new TimelinePainter().paint(s, frame);
        io.opstimeline.core.model.Rgb g = Theme.LIGHT.gutter();
        int band = 0xFF000000 | g.red() << 16 | g.green() << 8 | g.blue();
        int x = (int) TimelinePainter.GUTTER + 300;
        // the band's background, under its labels, at the visible top and not only at the top of the lanes
        assertThat(s.pixel(x, 603)).isEqualTo(band);
        assertThat(s.pixel(x, 3)).isEqualTo(band);
        // and no pixel left unpainted
        assertThat(java.util.Arrays.stream(pixels).filter(p -> p == STALE).count()).isZero();
    }

    @ParameterizedTest(name = "{0} items, {1}x{2}, {3} days")
    @CsvSource({"0, 800, 600, 275", "3000, 1200, 900, 275", "3000, 1201, 477, 20", "40000, 1920, 1080, 275",
        "40000, 640, 2000, 3"})
    void everyPixelOfAFrameIsPaintedAfresh(int items, int width, int height, int days) {
        ItemStore store = PeerGenerator.store(items, 1);
        int[] pixels = new int[width * height];
        RasterSurface s = new RasterSurface(pixels, width, height, new GlyphCache(BOXES));
        s.clear(STALE);
        long start = PeerGenerator.START + 40L * 86_400_000;
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            new TimelinePainter().paint(s, Frame.of(store, new TimeWindow(start, start + days * 86_400_000L), width,
                    height, ZoneOffset.UTC, null, theme));
            int stale = 0;
            for (int p : pixels) {
                stale += p == STALE ? 1 : 0;
            }
            assertThat(stale).as("pixels left from before the frame").isZero();
            s.clear(STALE);
        }
    }
}
