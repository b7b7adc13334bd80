package io.opstimeline.core.raster;

/**
 * One character's coverage mask and advance, as a {@link GlyphSource} rendered it.
 *
 * @param width      mask width in pixels (0 for blank characters such as space)
 * @param height     mask height in pixels
 * @param originX    x of the mask's left column relative to the pen position
 * @param originY    y of the mask's top row relative to the baseline (negative above it)
 * @param alpha      coverage 0..255, row by row, {@code width * height} bytes
 * @param advance    how far the pen moves after this character, in pixels (fractional)
 */
public record Glyph(int width, int height, int originX, int originY, byte[] alpha, double advance) {
    public Glyph {
        if (alpha.length != width * height) {
            throw new IllegalArgumentException("mask is " + alpha.length + " bytes, not " + width + "x" + height);
        }
    }

    /** A character that draws nothing but still advances the pen. */
    public static Glyph blank(double advance) {
        return new Glyph(0, 0, 0, 0, new byte[0], advance);
    }
}
