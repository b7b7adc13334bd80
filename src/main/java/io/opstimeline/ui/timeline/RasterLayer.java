package io.opstimeline.ui.timeline;

import io.opstimeline.core.raster.GlyphCache;
import io.opstimeline.core.raster.RasterSurface;
import java.nio.IntBuffer;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The timeline's pixels when our own rasteriser draws them ({@code -Dopstimeline.raster=own}): an
 * {@code int[]} painted by {@link RasterSurface}, shared with an {@link ImageView} through a
 * {@link PixelBuffer}, so showing a frame is one texture upload and no Canvas command stream.
 */
final class RasterLayer {
    /** System property that picks the timeline's rasteriser: {@code own} or {@code canvas}. */
    static final String PROPERTY = "opstimeline.raster";
    private final ImageView view = new ImageView();
    private final GlyphCache glyphs = new GlyphCache(new FxGlyphSource());
    private PixelBuffer<IntBuffer> buffer;
    private RasterSurface surface;

    /** Whether the own rasteriser is switched on for views created from now on. */
    static boolean enabled() {
        return "own".equalsIgnoreCase(System.getProperty(PROPERTY, "canvas"));
    }

    ImageView node() {
        return view;
    }

    /** The surface over a buffer of the given size (reallocated only when the size changes). */
    RasterSurface begin(int width, int height) {
        if (surface == null || surface.width() != width || surface.height() != height) {
            int[] pixels = new int[width * height];
            buffer = new PixelBuffer<>(width, height, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(buffer));
            surface = new RasterSurface(pixels, width, height, glyphs);
        }
        return surface;
    }

    /** Tells the image its pixels changed, after painting. */
    void end() {
        if (buffer != null) {
            buffer.updateBuffer(b -> null);
        }
    }
}
