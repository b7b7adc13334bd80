package io.opstimeline.core.work;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link BackgroundWork} on named daemon threads that end after a minute without work. */
final class DaemonWorker implements BackgroundWork {
    private static final long IDLE_SECONDS = 60;
    private final ThreadPoolExecutor pool;

    DaemonWorker(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        // one thread: jobs queue in order; many: each job starts at once on a thread of its own
        pool = threads == 1
                ? new ThreadPoolExecutor(1, 1, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>())
                : new ThreadPoolExecutor(0, threads, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>());
        pool.allowCoreThreadTimeOut(threads == 1);
        pool.setThreadFactory(r -> {
            Thread t = new Thread(r, threads == 1 ? name : name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void execute(Runnable job) {
        pool.execute(job);
    }
}
