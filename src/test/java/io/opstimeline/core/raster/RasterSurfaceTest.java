package io.opstimeline.core.raster;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import org.junit.jupiter.api.Test;

class RasterSurfaceTest {
    private static final Rgb RED = new Rgb(255, 0, 0);
    private static final Rgb BLUE = new Rgb(0, 0, 255);
    private static final Rgb WHITE = new Rgb(255, 255, 255);

    /** Every character a solid 3x5 box sitting on the baseline, one pixel left of the next pen position. */
    private static final GlyphSource BOXES = (font, c, dx) -> {
        if (c == ' ') {
            return Glyph.blank(4);
        }
        byte[] a = new byte[3 * 5];
        java.util.Arrays.fill(a, (byte) 255);
        return new Glyph(3, 5, 0, -5, a, 4);
    };

    private final int[] pixels = new int[40 * 30];
    private final RasterSurface s = new RasterSurface(pixels, 40, 30, new GlyphCache(BOXES));

    @Test
    void opaqueRectCoversExactlyItsPixels() {
        s.clear(0xFFFFFFFF);
        s.setFill(RED, 1);
        s.fillRect(10, 5, 4, 3);
        assertThat(s.pixel(10, 5)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(13, 7)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(14, 7)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(13, 8)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(9, 5)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void halfTransparentFillBlendsWithWhatIsBelow() {
        s.clear(0xFFFFFFFF);
        s.setFill(BLUE, 0.5);
        s.fillRect(0, 0, 5, 5);
        int p = s.pixel(2, 2);
        assertThat(Argb.alpha(p)).isEqualTo(255);
        assertThat(Argb.channel(p, 16)).isBetween(126, 129); // white's red half kept
        assertThat(Argb.channel(p, 0)).isEqualTo(255);
        s.setFill(RED, 0.5);
        s.fillRect(0, 0, 5, 5);
        int q = s.pixel(2, 2);
        assertThat(Argb.channel(q, 16)).isBetween(190, 193);
        assertThat(Argb.channel(q, 0)).isBetween(126, 129);
    }

    @Test
    void blendingOntoTransparentKeepsPremultipliedColour() {
        s.clear(0);
        s.setFill(RED, 0.5);
        s.fillRect(0, 0, 2, 2);
        assertThat(s.pixel(0, 0)).isEqualTo(0x80800000);
        assertThat(Argb.channel(s.pixel(0, 0), 16)).isEqualTo(255);
    }

    @Test
    void clipStackIntersectsAndRestores() {
        s.clear(0xFFFFFFFF);
        s.pushClip(5, 5, 10, 10);
        s.pushClip(10, 0, 20, 20);
        s.setFill(RED, 1);
        s.fillRect(0, 0, 40, 30);
        assertThat(s.pixel(10, 5)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(14, 14)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(9, 10)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(15, 10)).isEqualTo(0xFFFFFFFF);
        s.popClip();
        s.setFill(BLUE, 1);
        s.fillRect(0, 0, 40, 30);
        assertThat(s.pixel(5, 5)).isEqualTo(0xFF0000FF);
        assertThat(s.pixel(4, 5)).isEqualTo(0xFFFFFFFF);
        s.popClip();
        s.fillRect(0, 0, 40, 30);
        assertThat(s.pixel(0, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void glyphIsDrawnAtThePenOnTheBaseline() {
        s.clear(0xFFFFFFFF);
        s.setFill(RED, 1);
        s.setFont(FontSpec.LABEL);
        s.fillText("a b", 6, 20);
        // first box: x 6..8, y 15..19
        assertThat(s.pixel(6, 15)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(8, 19)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(6, 20)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(6, 14)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(9, 17)).isEqualTo(0xFFFFFFFF);
        // the space advances without drawing; "b" starts at 6 + 4 + 4
        assertThat(s.pixel(10, 17)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(14, 17)).isEqualTo(0xFFFF0000);
        assertThat(s.textWidth("a b")).isEqualTo(12.0);
    }

    @Test
    void textIsClipped() {
        s.clear(0xFFFFFFFF);
        s.setFill(RED, 1);
        s.pushClip(0, 0, 7, 30);
        s.fillText("ab", 5, 20);
        s.popClip();
        assertThat(s.pixel(6, 17)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(7, 17)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(10, 17)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void polygonIsFilledInsideWithSoftEdges() {
        s.clear(0xFFFFFFFF);
        s.setFill(BLUE, 1);
        s.fillDiamond(20, 15, 6);
        assertThat(s.pixel(20, 15)).isEqualTo(0xFF0000FF);
        assertThat(s.pixel(20, 5)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(10, 15)).isEqualTo(0xFFFFFFFF);
        // somewhere on the slanted edge there is a pixel that is neither
        boolean soft = false;
        for (int x = 20; x < 28; x++) {
            int red = Argb.channel(s.pixel(x, 12), 16);
            soft |= red > 20 && red < 235;
        }
        assertThat(soft).isTrue();
        s.fillPolygon(new double[] {0, 8, 0}, new double[] {0, 0, 8});
        assertThat(s.pixel(1, 1)).isEqualTo(0xFF0000FF);
        assertThat(s.pixel(7, 7)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void dashedLineLeavesGaps() {
        s.clear(0xFFFFFFFF);
        s.setStroke(RED, 1, 1);
        s.setLineDash(3, 2);
        s.line(0, 10.5, 20, 10.5);
        assertThat(s.pixel(1, 10)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(3, 10)).isEqualTo(0xFFFFFFFF);
        assertThat(s.pixel(5, 10)).isEqualTo(0xFFFF0000);
        s.setLineDash();
        s.setStroke(WHITE, 1, 1);
        s.line(0, 10.5, 20, 10.5);
        assertThat(s.pixel(1, 10)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void strokeRectDrawsOutlineOnly() {
        s.clear(0xFFFFFFFF);
        s.setStroke(RED, 1, 1);
        s.strokeRect(5.5, 5.5, 10, 10);
        assertThat(s.pixel(5, 5)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(15, 10)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(10, 15)).isEqualTo(0xFFFF0000);
        assertThat(s.pixel(10, 10)).isEqualTo(0xFFFFFFFF);
    }
}
