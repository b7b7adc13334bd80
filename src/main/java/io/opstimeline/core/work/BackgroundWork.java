package io.opstimeline.core.work;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Where work that must not hold up its caller runs: loading, sorting, exporting, the second half of
 * a split read. One small interface for all of it (JabRef's TaskExecutor, without the UI), so a test
 * can run the same code on its own thread with {@link #sameThread()}.
 */
public interface BackgroundWork extends Executor {

    /** Runs {@code job} in the background; the future completes with its end. */
    default CompletableFuture<Void> submit(Runnable job) {
        return CompletableFuture.runAsync(job, this);
    }

    /** Runs {@code job} in the background; the future completes with its result or its failure. */
    default <T> CompletableFuture<T> submit(Callable<T> job) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return job.call();
                    } catch (RuntimeException | Error e) {
                        throw e;
                    } catch (Exception e) {
                        throw new CompletionException(e);
                    }
                },
                this);
    }

    /**
     * Jobs one after another on a daemon thread named {@code name}, which ends when idle for a while
     * (so a dialog that runs one job leaves no thread behind) and never keeps the JVM alive.
     */
    static BackgroundWork daemon(String name) {
        return new DaemonWorker(name, 1);
    }

    /** Jobs side by side, each on a daemon thread named {@code name}: for work split across the cores. */
    static BackgroundWork daemons(String name) {
        return new DaemonWorker(name, Integer.MAX_VALUE);
    }

    /** Runs each job at once on the caller's thread: for tests, which then need no waiting. */
    static BackgroundWork sameThread() {
        return Runnable::run;
    }
}
