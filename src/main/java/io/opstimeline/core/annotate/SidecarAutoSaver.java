package io.opstimeline.core.annotate;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Saves the store's document after every change, on a background thread, coalescing bursts: at
 * most one save is pending, and it writes whatever is newest when it runs. {@link #flush()} writes
 * now and waits (closing the window, switching datasets).
 */
public final class SidecarAutoSaver implements Consumer<AnnotationDocument>, AutoCloseable {
    private final SidecarFile sidecar;
    private final long delayMs;
    private final Consumer<IOException> onError;
    private final AtomicReference<AnnotationDocument> pending = new AtomicReference<>();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "annotation-saver");
        t.setDaemon(true);
        return t;
    });

    public SidecarAutoSaver(SidecarFile sidecar, long delayMs, Consumer<IOException> onError) {
        this.sidecar = sidecar;
        this.delayMs = delayMs;
        this.onError = onError;
    }

    public SidecarFile sidecar() {
        return sidecar;
    }

    @Override
    public void accept(AnnotationDocument doc) {
        if (pending.getAndSet(doc) == null) {
            worker.schedule(this::writePending, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    private void writePending() {
        AnnotationDocument doc = pending.getAndSet(null);
        if (doc == null) {
            return;
        }
        try {
            sidecar.save(doc);
        } catch (IOException e) {
            onError.accept(e);
        }
    }

    /** Writes any pending change now and waits for it. */
    public void flush() {
        Future<?> f = ((ExecutorService) worker).submit(this::writePending);
        try {
            f.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            onError.accept(new IOException("saving annotations failed: " + e.getMessage(), e));
        }
    }

    @Override
    public void close() {
        flush();
        worker.shutdown();
    }
}
