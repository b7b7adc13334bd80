package io.opstimeline.core.raster;

import io.opstimeline.core.render.FontSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Glyphs by (font, character, phase), rendered once. Printable ASCII is fetched in one batch per
 * font and phase (one snapshot on the JavaFX side); other characters one by one as they appear.
 */
public final class GlyphCache {
    /** Sub-pixel pen positions kept per character: quarter pixels. */
    public static final int PHASES = 4;
    private static final char FIRST = 32;
    private static final char LAST = 126;
    private final GlyphSource source;
    private final Map<FontSpec, Glyph[][]> ascii = new HashMap<>();
    private final Map<FontSpec, Map<Integer, Glyph>> other = new HashMap<>();

    public GlyphCache(GlyphSource source) {
        this.source = source;
    }

    /** The glyph for c with the pen at phase 0..PHASES-1 (quarter pixels right of the grid). */
    public Glyph get(FontSpec font, char c, int phase) {
        if (c >= FIRST && c <= LAST) {
            return ascii(font)[phase][c - FIRST];
        }
        return other.computeIfAbsent(font, f -> new HashMap<>())
                .computeIfAbsent(c * PHASES + phase, k -> source.glyph(font, c, phase / (double) PHASES));
    }

    /**
     * The font's printable ASCII glyphs, {@code [phase][c - 32]}, made on first use. A text
     * stamper looks this up once per string: a map lookup per character was 12 % of a frame.
     */
    public Glyph[][] ascii(FontSpec font) {
        Glyph[][] all = ascii.get(font);
        if (all == null) {
            char[] chars = new char[LAST - FIRST + 1];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = (char) (FIRST + i);
            }
            double[] dxs = new double[PHASES];
            for (int p = 0; p < PHASES; p++) {
                dxs[p] = p / (double) PHASES;
            }
            all = source.glyphs(font, chars, dxs);
            ascii.put(font, all);
        }
        return all;
    }

    /** Whether {@link #ascii} has the character. */
    public static boolean isAscii(char c) {
        return c >= FIRST && c <= LAST;
    }

    /** Advance of c in the font (phase 0; advances do not depend on the phase). */
    public double advance(FontSpec font, char c) {
        return get(font, c, 0).advance();
    }
}
