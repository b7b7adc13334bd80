package io.opstimeline.bench;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowFilters;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.TimelineView;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Runs the benchmark protocol on the real {@link TimelineView}, headless (Monocle, software
 * rendering) at 1920x1080. A step's time runs from setting the window to the end of a canvas
 * snapshot, which forces the frame to be laid out, drawn and rasterised into pixels.
 */
public final class Bench {
    private final PrintWriter out;
    private final PrintWriter err;
    private final int width;
    private final int height;
    private TimelineView view;
    private WritableImage image;

    public Bench(PrintWriter out, PrintWriter err, int width, int height) {
        this.out = out;
        this.err = err;
        this.width = width;
        this.height = height;
    }

    /** Must run before anything touches JavaFX: Monocle headless, software pipeline, a big enough screen. */
    public static void configureHeadless(int width, int height) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("headless.geometry", width + "x" + height + "-32");
        setIfAbsent("prism.verbose", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Loads from a file, or generates n items when file is null. Returns the exit code. */
    public int run(Path file, int generate, int seed, boolean warmPass) throws Exception {
        configureHeadless(width, height);
        err.printf(
                "# jvm: %s %s, args %s, %d cpus, max heap %d MB%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        CountDownLatch up = new CountDownLatch(1);
        Platform.startup(up::countDown);
        up.await();
        onFx(() -> {
            view = new TimelineView();
            Stage stage = new Stage();
            Scene scene = new Scene(view, width, height);
            stage.setScene(scene);
            if (Boolean.getBoolean("bench.show")) {
                stage.show();
            } else {
                // Not shown: no pulse repaints the scene behind our back, so each step rasterises
                // exactly once, in the snapshot we time. Layout is then ours to run.
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            image = new WritableImage(width, height);
            // the app shows its window before the user opens a file: so does the bench (untimed)
            view.redraw();
            view.canvas().snapshot(null, image);
            return null;
        });
        double heapBefore = Protocol.usedHeapMb();
        err.printf(Locale.ROOT, "# heap before load: %.1f MB (toolkit up, empty view)%n", heapBefore);

        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ItemStore store = file != null ? VisItemsReader.read(file) : PeerGenerator.store(generate, seed);
        long parsed = System.nanoTime();
        long cpu1 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        onFx(() -> {
            view.storeProperty().set(store);
            view.windowProperty().set(Protocol.W0);
            frame();
            return null;
        });
        long loaded = System.nanoTime();
        double loadMs = (loaded - t0) / 1e6;
        err.printf(
                Locale.ROOT,
                "# load: %.1f ms = %s %.1f ms (cpu of that thread %.1f ms) + first frame %.1f ms;"
                        + " %d rows in %d lanes%n",
                loadMs,
                file != null ? "parse+index" : "generate+index",
                (parsed - t0) / 1e6,
                (cpu1 - cpu0) / 1e6,
                (loaded - parsed) / 1e6,
                store.size(),
                store.laneCount());

        double[] zoom = pass(Protocol.zoomSteps(), null);
        double[] pan = pass(Protocol.panSteps(), Protocol.panSetup());
        double heapAfter = Protocol.usedHeapMb();
        err.println("# cold zoom ms: " + Protocol.list(zoom));
        err.println("# cold pan ms: " + Protocol.list(pan));
        if (warmPass) {
            for (int i = 0; i < 3; i++) {
                pass(Protocol.zoomSteps(), null);
                pass(Protocol.panSteps(), Protocol.panSetup());
            }
            double[] wz = pass(Protocol.zoomSteps(), null);
            double[] wp = pass(Protocol.panSteps(), Protocol.panSetup());
            err.printf(
                    Locale.ROOT,
                    "# warm (after 3 untimed passes): zoom_med_ms=%.1f zoom_p95_ms=%.1f "
                            + "pan_med_ms=%.1f pan_p95_ms=%.1f%n",
                    Protocol.median(wz),
                    Protocol.percentile(wz, 95),
                    Protocol.median(wp),
                    Protocol.percentile(wp, 95));
        }
        filters(store);
        floor();
        out.printf(
                Locale.ROOT,
                "ops-timeline N=%d load_ms=%.0f zoom_med_ms=%.1f zoom_p95_ms=%.1f pan_med_ms=%.1f "
                        + "pan_p95_ms=%.1f heap_mb=%.1f%n",
                store.size(),
                loadMs,
                Protocol.median(zoom),
                Protocol.percentile(zoom, 95),
                Protocol.median(pan),
                Protocol.percentile(pan, 95),
                heapAfter);
        out.flush();
        err.flush();
        Platform.exit();
        return 0;
    }

    /**
     * The software pipeline's fixed cost of a frame of this size: a canvas with nothing on it but
     * its background, rasterised and read back the same way as a step. No timeline frame can be
     * cheaper than this; it puts the step times above in proportion.
     */
    private void floor() throws Exception {
        double[] ms = onFx(() -> {
            javafx.scene.canvas.Canvas c = new javafx.scene.canvas.Canvas(width, height);
            javafx.scene.canvas.GraphicsContext g = c.getGraphicsContext2D();
            double[] t = new double[60];
            for (int i = 0; i < t.length; i++) {
                long a = System.nanoTime();
                g.setFill(i % 2 == 0 ? javafx.scene.paint.Color.WHITE : javafx.scene.paint.Color.WHITESMOKE);
                g.fillRect(0, 0, width, height);
                c.snapshot(null, image);
                t[i] = (System.nanoTime() - a) / 1e6;
            }
            return java.util.Arrays.copyOfRange(t, 20, t.length);
        });
        err.printf(
                Locale.ROOT,
                "# floor: a %dx%d canvas with only a background fill: median %.1f ms, p95 %.1f ms a frame"
                        + " (fill, composite, read-back; after 20 untimed)%n",
                width,
                height,
                Protocol.median(ms),
                Protocol.percentile(ms, 95));
    }

    /** Filtering as the GUI does it: build the mask, hand it to the view, paint. */
    private void filters(ItemStore store) throws Exception {
        String someKind = store.kindIds().get(Math.min(2, store.kindIds().size() - 1));
        String text = store.size() > 0
                ? store.title(store.size() / 2)
                        .substring(0, Math.min(9, store.title(store.size() / 2).length()))
                : "x";
        timeFilter(
                store,
                "kind=" + someKind + " HIDE",
                () -> RowFilters.byKinds(store, Set.of(someKind)),
                RowMask.Mode.HIDE);
        timeFilter(
                store,
                "kind=" + someKind + " DIM",
                () -> RowFilters.byKinds(store, Set.of(someKind)),
                RowMask.Mode.DIM);
        timeFilter(store, "text~\"" + text + "\" HIDE", () -> RowFilters.byText(store, text), RowMask.Mode.HIDE);
        onFx(() -> {
            view.filterProperty().set(null);
            return null;
        });
    }

    private void timeFilter(ItemStore store, String what, Callable<BitSet> mask, RowMask.Mode mode) throws Exception {
        double[] ms = new double[3];
        onFx(() -> {
            view.windowProperty().set(Protocol.W0);
            frame();
            return null;
        });
        long t0 = System.nanoTime();
        BitSet rows = mask.call();
        long t1 = System.nanoTime();
        onFx(() -> {
            RowMask m = new RowMask(store, rows, mode);
            view.filterProperty().set(m);
            m.matching();
            frame();
            return null;
        });
        long t2 = System.nanoTime();
        ms[0] = (t1 - t0) / 1e6;
        ms[1] = (t2 - t1) / 1e6;
        err.printf(
                Locale.ROOT,
                "# filter %s: %d of %d rows pass; mask %.1f ms + redraw %.1f ms = %.1f ms%n",
                what,
                rows.cardinality(),
                store.size(),
                ms[0],
                ms[1],
                ms[0] + ms[1]);
    }

    private double[] pass(List<TimeWindow> steps, TimeWindow setup) throws Exception {
        if (setup != null) {
            onFx(() -> {
                view.windowProperty().set(setup);
                frame();
                return null;
            });
        }
        double[] ms = new double[steps.size()];
        for (int i = 0; i < steps.size(); i++) {
            TimeWindow w = steps.get(i);
            ms[i] = onFx(() -> {
                long t0 = System.nanoTime();
                view.windowProperty().set(w);
                frame();
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        return ms;
    }

    /** Lays out, draws and rasterises the current window now. */
    private void frame() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long ca = mx.getCurrentThreadCpuTime();
        long a = System.nanoTime();
        view.redraw();
        long b = System.nanoTime();
        long cb = mx.getCurrentThreadCpuTime();
        long ra = rendererCpu(mx);
        view.canvas().snapshot(null, image);
        long rb = rendererCpu(mx);
        if (TRACE) {
            err.printf(
                    Locale.ROOT,
                    "#   draw %.1f ms (cpu %.1f), raster %.1f ms (renderer cpu %.1f)%n",
                    (b - a) / 1e6,
                    (cb - ca) / 1e6,
                    (System.nanoTime() - b) / 1e6,
                    (rb - ra) / 1e6);
        }
    }

    private long rendererId = -1;

    /** CPU time of the QuantumRenderer thread, where the software pipeline rasterises. */
    private long rendererCpu(java.lang.management.ThreadMXBean mx) {
        if (rendererId < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith("QuantumRenderer")) {
                    rendererId = t.getId();
                }
            }
        }
        return rendererId < 0 ? 0 : Math.max(0, mx.getThreadCpuTime(rendererId));
    }

    private static final boolean TRACE = Boolean.getBoolean("bench.trace");

    /** Runs {@code task} on the JavaFX thread and waits for its result (also for the map bench). */
    static <T> T onFx(Callable<T> task) throws Exception {
        FutureTask<T> f = new FutureTask<>(task);
        Platform.runLater(f);
        return f.get();
    }
}
