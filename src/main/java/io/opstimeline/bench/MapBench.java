package io.opstimeline.bench;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.map.Basemap;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.WorkbenchModel;
import io.opstimeline.ui.map.MapPane;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * {@code bench --map}: the protocol's items with places ({@link LocatedItems}) on the real
 * {@link MapPane}, headless at 1920x1080, measured against the timeline's bars. Two lines on
 * stdout: {@code ops-timeline-map} runs the protocol's own steps (the timeline's window zoomed and
 * panned; the map follows it, as in the workbench), {@code ops-timeline-map-view} zooms and pans
 * the map itself with its keys (+, -, arrow) over the whole campaign, the map's busiest case. A
 * step's time runs from the change to the end of a snapshot of the pane, which forces drawing and
 * rasterising.
 */
public final class MapBench {
    private static final int VIEW_ZOOM_STEPS = 8;
    private static final int VIEW_PAN_STEPS = 30;

    private final PrintWriter out;
    private final PrintWriter err;
    private final int width;
    private final int height;
    private WorkbenchModel model;
    private MapPane map;
    private WritableImage image;

    public MapBench(PrintWriter out, PrintWriter err, int width, int height) {
        this.out = out;
        this.err = err;
        this.width = width;
        this.height = height;
    }

    public int run(Path file, int generate, int seed) throws Exception {
        Bench.configureHeadless(width, height);
        err.printf(
                "# map bench; jvm: %s %s, %d cpus, max heap %d MB%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        Bench.onFx(() -> {
            model = new WorkbenchModel();
            map = new MapPane(model, new SimpleObjectProperty<>(Theme.LIGHT));
            Stage stage = new Stage();
            Scene scene = new Scene(map, width, height);
            stage.setScene(scene);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image = new WritableImage(width, height);
            map.snapshot(null, image);
            return null;
        });
        long t0 = System.nanoTime();
        ItemStore store = file != null ? VisItemsReader.read(file) : PeerGenerator.store(generate, seed);
        Dataset located = LocatedItems.dataset(store, Basemap.bundled().bounds(), seed);
        long built = System.nanoTime();
        Bench.onFx(() -> {
            model.datasetProperty().set(located);
            model.windowProperty().set(Protocol.W0);
            map.layout();
            frame();
            return null;
        });
        double loadMs = (System.nanoTime() - t0) / 1e6;
        err.printf(
                Locale.ROOT,
                "# load: %.1f ms = items + coordinates %.1f ms + first map frame %.1f ms; %d records"
                        + " at %d places%n",
                loadMs,
                (built - t0) / 1e6,
                loadMs - (built - t0) / 1e6,
                located.events().size(),
                located.places().size());

        double[] zoom = windowPass(Protocol.zoomSteps(), null);
        double[] pan = windowPass(Protocol.panSteps(), Protocol.panSetup());
        double heap = Protocol.usedHeapMb();
        err.println("# window zoom ms: " + Protocol.list(zoom));
        err.println("# window pan ms: " + Protocol.list(pan));
        Bench.onFx(() -> {
            model.windowProperty().set(Protocol.W0);
            frame();
            return null;
        });
        double[] viewZoom = keyPass(KeyCode.PLUS, KeyCode.MINUS, VIEW_ZOOM_STEPS);
        double zoomRest = basemapAtRest();
        double[] viewPan = keyPass(KeyCode.RIGHT, null, VIEW_PAN_STEPS);
        double panRest = basemapAtRest();
        err.println("# map zoom ms (+ x" + VIEW_ZOOM_STEPS + " then - x" + VIEW_ZOOM_STEPS + "): "
                + Protocol.list(viewZoom));
        err.println("# map pan ms (right arrow, 60 px a step): " + Protocol.list(viewPan));
        out.printf(
                Locale.ROOT,
                "ops-timeline-map N=%d load_ms=%.0f zoom_med_ms=%.1f zoom_p95_ms=%.1f pan_med_ms=%.1f "
                        + "pan_p95_ms=%.1f heap_mb=%.1f%n",
                located.events().size(),
                loadMs,
                Protocol.median(zoom),
                Protocol.percentile(zoom, 95),
                Protocol.median(pan),
                Protocol.percentile(pan, 95),
                heap);
        out.printf(
                Locale.ROOT,
                "ops-timeline-map-view N=%d zoom_med_ms=%.1f zoom_p95_ms=%.1f pan_med_ms=%.1f "
                        + "pan_p95_ms=%.1f rest_after_zoom_ms=%.1f rest_after_pan_ms=%.1f%n",
                located.events().size(),
                Protocol.median(viewZoom),
                Protocol.percentile(viewZoom, 95),
                Protocol.median(viewPan),
                Protocol.percentile(viewPan, 95),
                zoomRest,
                panRest);
        out.flush();
        err.flush();
        Platform.exit();
        return 0;
    }

    /** The protocol's steps: the timeline's window set, the map redrawn by its listener, then rasterised. */
    private double[] windowPass(List<TimeWindow> steps, TimeWindow setup) throws Exception {
        if (setup != null) {
            Bench.onFx(() -> {
                model.windowProperty().set(setup);
                frame();
                return null;
            });
        }
        double[] ms = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            TimeWindow w = steps.get(i);
            ms[i] = Bench.onFx(() -> {
                long t0 = System.nanoTime();
                model.windowProperty().set(w);
                frame();
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        return ms;
    }

    /** The map's own keys, as a user presses them: {@code forward} n times, then {@code back} n times. */
    private double[] keyPass(KeyCode forward, KeyCode back, int n) throws Exception {
        int total = back == null ? n : 2 * n;
        double[] ms = new double[total];
        for (int i = 0; i < total; i++) {
            KeyCode code = i < n ? forward : back;
            ms[i] = Bench.onFx(() -> {
                long t0 = System.nanoTime();
                map.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
                frame();
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        return ms;
    }

    /**
     * The frame once the map's view rests after a pass: the basemap drawn anew at the view (the
     * steps above move and scale the drawing made before them), rasterised.
     */
    private double basemapAtRest() throws Exception {
        return Bench.onFx(() -> {
            long t0 = System.nanoTime();
            map.drawBasemapAtRest();
            frame();
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    /** Rasterises what the pane drew. */
    private void frame() {
        long a = System.nanoTime();
        // the pane whole: the basemap layer and the records' layer over it, as the screen composes them
        map.snapshot(null, image);
        if (TRACE) {
            err.printf(Locale.ROOT, "#   raster %.1f ms%n", (System.nanoTime() - a) / 1e6);
        }
    }

    private static final boolean TRACE = Boolean.getBoolean("bench.trace");
}
