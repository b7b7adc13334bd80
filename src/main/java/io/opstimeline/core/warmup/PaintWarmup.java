package io.opstimeline.core.warmup;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowFilters;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the bulk loader and the timeline's layout and drawing code over synthetic items, on a
 * background thread, while the application is idle after its first frame. Without it the user's
 * first load and first zooms run in the interpreter: on two cores, parsing 100,000 items took
 * 350-450 ms cold against 140 ms warm, and the first zoom steps 20-70 ms of our own code against
 * 2-4 ms warm. The frames go to a {@link CountingSurface}, so no pixels are made and the JavaFX
 * thread is never touched; only the JIT's state carries over. Switch off with
 * {@code -Dopstimeline.warmup=false}.
 */
public final class PaintWarmup {
    /** Items of the synthetic store: enough for density lanes at full extent, detail lanes when zoomed. */
    static final int ITEMS = 40_000;
    private static final int SEED = 7; // not the benchmark's seed: this warms code, not data
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final java.util.concurrent.CountDownLatch DONE = new java.util.concurrent.CountDownLatch(1);

    private PaintWarmup() {
    }

    /** What a warm-up read and drew. */
    public record Result(ItemStore store, CountingSurface drawn) {
    }

    /**
     * Starts the warm-up once per process on a low-priority daemon thread; later calls do nothing.
     * {@code then} gets the synthetic store on that thread, for a toolkit's own warm-up frames.
     */
    public static void startInBackground(Consumer<ItemStore> then) {
        if (!enabled() || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                then.accept(run(Integer.getInteger("opstimeline.warmup.rounds", 2), ZoneId.systemDefault()).store());
            } finally {
                DONE.countDown();
            }
        }, "paint-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    public static boolean enabled() {
        return Boolean.parseBoolean(System.getProperty("opstimeline.warmup", "true"));
    }

    /** Waits until a started warm-up has finished; true if it has. */
    public static boolean await(long millis) throws InterruptedException {
        return STARTED.get() && DONE.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Paints {@code rounds} passes of zooming in and out and of panning over the synthetic store,
     * at a full-screen size, and returns what was drawn.
     */
    public static Result run(int rounds, ZoneId zone) {
        byte[] file = write(ITEMS);
        ItemStore store = read(file);
        if (rounds > 1) {
            read(write(ITEMS / 2));
        }
        long[] extent = store.extent();
        TimeWindow all = new TimeWindow(extent[0], extent[1]);
        TimelinePainter painter = new TimelinePainter();
        CountingSurface surface = new CountingSurface();
        for (int r = 0; r < rounds; r++) {
            TimeWindow w = all;
            long centre = all.start() + all.span() / 2;
            for (int i = 0; i < 15; i++) {
                w = w.zoom(0.7, centre);
                paint(painter, surface, store, w, zone);
            }
            for (int i = 0; i < 15; i++) {
                w = w.zoom(1 / 0.7, centre);
                paint(painter, surface, store, w, zone);
            }
            w = new TimeWindow(centre, centre + all.span() / 9);
            for (int i = 0; i < 30; i++) {
                w = w.pan(w.span() / 10);
                paint(painter, surface, store, w, zone);
            }
        }
        filters(painter, surface, store, all, zone);
        for (int i = 0; i < rounds * 2; i++) {
            settle();
            read(file);
        }
        return new Result(store, surface);
    }

    /**
     * A pause between reads. The JIT raises its bar for fully compiling a method while its queue
     * is long, as it is during the paints above; read again after it has drained, the reader's
     * hot methods get compiled here instead of during the user's first large file. Measured on
     * two cores, 1 M items read after the warm-up: 1.33-1.41 s with one read, 0.63-0.92 s with
     * four more.
     */
    private static void settle() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * What the filter bar and records table run on a large file: text and kind masks, a search
     * narrowed within its previous matches, the table's orders, and frames that dim and hide.
     */
    private static void filters(TimelinePainter painter, CountingSurface surface, ItemStore store, TimeWindow all,
                                ZoneId zone) {
        String kind = store.kindIds().get(store.kindIds().size() / 2);
        for (String text : new String[] {"s", "st", "str 1", "ya 12"}) {
            java.util.BitSet rows = RowFilters.byText(store, text);
            RowFilters.byText(store, text + "3", rows);
        }
        java.util.BitSet kinds = RowFilters.byKinds(store, java.util.List.of(kind));
        int[] byStart = RowOrder.sorted(store, RowOrder.Key.START);
        RowOrder.select(store, byStart, kinds, null);
        for (RowMask.Mode mode : RowMask.Mode.values()) {
            RowMask mask = new RowMask(store, kinds, mode);
            painter.paint(surface, new Frame(store, all, 1920, 1080, zone == null ? ZoneOffset.UTC : zone, null,
                    Theme.LIGHT, mask, null));
            surface.frames++;
        }
    }

    /** {@code n} items as a vis-timeline items file in memory. */
    private static byte[] write(int n) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(n * 110);
        try (java.io.Writer w = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            PeerGenerator.writeJson(n, SEED, w);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ItemStore read(byte[] file) {
        try {
            return VisItemsReader.read("warm-up", file); // on two threads, as a large file is
        } catch (DatasetLoadException e) {
            throw new IllegalStateException("the synthetic warm-up items did not read back", e);
        }
    }

    private static void paint(TimelinePainter painter, CountingSurface s, ItemStore store, TimeWindow w, ZoneId zone) {
        painter.paint(s, Frame.of(store, w, 1920, 1080, zone == null ? ZoneOffset.UTC : zone, null, Theme.LIGHT));
        s.frames++;
    }
}
