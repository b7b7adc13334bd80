package io.opstimeline.core.raster;

import io.opstimeline.core.render.FontSpec;

/**
 * Renders characters for {@link RasterSurface}: the toolkit's font rasteriser, asked once per
 * (font, character, sub-pixel phase) and cached by {@link GlyphCache}. The core has no fonts of
 * its own; the JavaFX view supplies glyphs by snapshotting text, a test supplies boxes.
 */
public interface GlyphSource {
    /**
     * The character drawn with its pen {@code dx} pixels (0 &lt;= dx &lt; 1) right of a pixel
     * boundary, so that text with fractional advances keeps its spacing when stamped.
     */
    Glyph glyph(FontSpec font, char c, double dx);

    /**
     * Many characters at several pen offsets at once ({@code [offset][char]}); a source that pays a
     * fixed cost per call (a snapshot) overrides this.
     */
    default Glyph[][] glyphs(FontSpec font, char[] chars, double[] dxs) {
        Glyph[][] out = new Glyph[dxs.length][chars.length];
        for (int p = 0; p < dxs.length; p++) {
            for (int i = 0; i < chars.length; i++) {
                out[p][i] = glyph(font, chars[i], dxs[p]);
            }
        }
        return out;
    }
}
