package io.opstimeline.ui.timeline;

import io.opstimeline.core.raster.GlyphCache;
import io.opstimeline.core.raster.RasterSurface;
import java.nio.IntBuffer;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The timeline's pixels when our own rasteriser draws them: an {@code int[]} painted by
 * {@link RasterSurface}, shared with an {@link ImageView} through a {@link PixelBuffer}, so showing
 * a frame is one texture upload and no Canvas command stream.
 *
 * <p>Which rasteriser a view uses ({@code -Dopstimeline.raster=auto|own|canvas}, default auto):
 * auto takes this one where it was measured to win, JavaFX's software pipeline at an output scale
 * of 1 (a third less CPU per frame than the Canvas, docs/benchmarks.md), and only once the
 * start-up warm-up has made the glyph atlas, so neither the first frame nor a file opened at
 * launch waits for it. Elsewhere (a GPU pipeline rasterises the Canvas itself; a HiDPI screen
 * would show this image blurred) the Canvas draws.
 */
final class RasterLayer {
    /** System property that picks the timeline's rasteriser: {@code auto}, {@code own} or {@code canvas}. */
    static final String PROPERTY = "opstimeline.raster";

    enum Mode { AUTO, OWN, CANVAS }

    /** One glyph atlas per font for the process, shared by every view and made by the warm-up. FX thread only. */
    private static GlyphCache glyphs;
    private static volatile boolean warm;
    private static Boolean hardware;
    private final ImageView view = new ImageView();
    private PixelBuffer<IntBuffer> buffer;
    private RasterSurface surface;

    /** The mode asked for; read when a view is made. */
    static Mode mode() {
        String m = System.getProperty(PROPERTY, "auto");
        return "own".equalsIgnoreCase(m) ? Mode.OWN : "canvas".equalsIgnoreCase(m) ? Mode.CANVAS : Mode.AUTO;
    }

    /** Whether JavaFX rasterises on a GPU here (it supports 3D scenes only on a hardware pipeline). FX thread. */
    static boolean hardwarePipeline() {
        if (hardware == null) {
            hardware = Platform.isSupported(ConditionalFeature.SCENE3D);
        }
        return hardware;
    }

    /** Called by the warm-up once it has drawn frames through this rasteriser (atlas made, code compiled). */
    static void markWarm() {
        warm = true;
    }

    static boolean warm() {
        return warm;
    }

    private static GlyphCache glyphs() {
        if (glyphs == null) {
            glyphs = new GlyphCache(new FxGlyphSource());
        }
        return glyphs;
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
            surface = new RasterSurface(pixels, width, height, glyphs());
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
