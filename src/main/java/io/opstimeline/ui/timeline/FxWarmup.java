package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.core.warmup.PaintWarmup;
import io.opstimeline.core.render.TimelinePainter;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;

/**
 * The toolkit's half of the start-up warm-up: once {@link PaintWarmup} has compiled our own code
 * in the background, frames of its synthetic items are drawn off-screen, first on a Canvas, then
 * through the own rasteriser ({@link RasterLayer}), one frame per event-queue turn so the window
 * stays responsive. That fills the glyph caches with the label fonts and compiles both paths,
 * which made the first steps of a user's first zoom 2-4 times slower than later ones; at the end
 * views on the software pipeline may switch to the own rasteriser.
 */
final class FxWarmup {
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static RasterLayer ownLayer;
    /**
     * Window widths, as a share of the synthetic items' extent, of the frames drawn: a zoom in and
     * out, then a pan at label-heavy widths. Seven frames left the rasteriser's text path half
     * compiled: the first frame of a user's zoom that drew labels took 31 ms of the renderer's CPU
     * against 12-14 ms warm.
     */
    private static final double[] ZOOMS = {1, 0.5, 0.2, 0.08, 0.03, 0.012, 0.005, 0.012, 0.03, 0.08, 0.2, 0.5,
        0.1, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.05, 0.1, 0.1};

    private FxWarmup() {
    }

    /** Starts both halves once per process (a no-op when the warm-up is switched off). */
    static void start() {
        PaintWarmup.startInBackground(store -> Platform.runLater(() -> {
            Canvas canvas = new Canvas(1920, 1080);
            // one painter and one surface of each kind for every frame, as a view keeps them
            frame(store, canvas, new FxSurface(canvas.getGraphicsContext2D()), new TimelinePainter(), 0);
        }));
    }

    /**
     * Starts both halves a moment from now: after the first frame the window is still being built
     * and styled, and on two cores the warm-up would slow that down.
     */
    static void startSoon() {
        if (PaintWarmup.enabled()) {
            java.util.concurrent.CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS).execute(FxWarmup::start);
        }
    }

    /** Waits until both halves are done; false if the warm-up is off or not finished in time. */
    static boolean await(long millis) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        return PaintWarmup.await(millis)
                && DONE.await(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    /** Frames before this index go through the Canvas, the rest through the own rasteriser. */
    private static final int CANVAS_FRAMES = 8;

    private static void frame(ItemStore store, Canvas canvas, FxSurface onCanvas, TimelinePainter painter, int i) {
        if (i >= ZOOMS.length) {
            RasterLayer.markWarm(); // its glyphs are made: views on the software pipeline may switch to it
            ownLayer = null; // its 8 MB of pixels (and the image's texture) go; the glyphs stay
            DONE.countDown();
            return;
        }
        long[] extent = store.extent();
        long span = Math.max(1, Math.round((extent[1] - extent[0]) * ZOOMS[i]));
        // the later frames of one width move right, as a pan does
        long centre = extent[0] + (extent[1] - extent[0]) / 2 + (i > 11 ? (i - 11) * span / 10 : 0);
        TimeWindow w = new TimeWindow(centre - span / 2, centre - span / 2 + span);
        // the last two frames as a filter draws them: the others dimmed, then hidden
        io.opstimeline.core.index.RowMask mask = i < ZOOMS.length - 2 ? null : new io.opstimeline.core.index.RowMask(
                store, io.opstimeline.core.index.RowFilters.byKinds(store, store.kindIds().subList(0, 1)),
                i == ZOOMS.length - 2 ? io.opstimeline.core.index.RowMask.Mode.DIM
                        : io.opstimeline.core.index.RowMask.Mode.HIDE);
        Frame f = new Frame(store, w, canvas.getWidth(), canvas.getHeight(), ZoneId.systemDefault(), null,
                i % 2 == 0 ? Theme.LIGHT : Theme.DARK, mask, null);
        if (i < CANVAS_FRAMES) {
            // the Canvas draws the first frames of a session and wherever the own rasteriser is not used
            painter.paint(onCanvas, f);
            canvas.snapshot(null, new WritableImage(1, 1));
        } else {
            // the own rasteriser: its first frame makes the glyph atlas of every font a frame uses
            if (ownLayer == null) {
                ownLayer = new RasterLayer();
            }
            painter.paint(ownLayer.begin((int) canvas.getWidth(), (int) canvas.getHeight()), f);
            ownLayer.end();
            ownLayer.node().snapshot(null, new WritableImage(1, 1));
        }
        Platform.runLater(() -> frame(store, canvas, onCanvas, painter, i + 1));
    }
}
