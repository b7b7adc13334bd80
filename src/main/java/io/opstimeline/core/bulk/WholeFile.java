package io.opstimeline.core.bulk;

import java.util.concurrent.CancellationException;
import java.util.function.LongSupplier;

/** A read of a whole items file by one reader: it stops only when the user cancels. */
final class WholeFile implements ItemsParser.Pass {
    private final String name;

    WholeFile(String name) {
        this.name = name;
    }

    @Override
    public boolean stopAfter(int index, LongSupplier endOffset) {
        if (cancelRequested(index)) {
            throw cancelled(name);
        }
        return false;
    }

    /**
     * Whether the user pressed Cancel (the thread is interrupted), asked every 8,192 items: soon
     * enough to stop before millions more, rarely enough to cost nothing.
     */
    static boolean cancelRequested(int index) {
        return ((index + 1) & 8191) == 0 && Thread.currentThread().isInterrupted();
    }

    /** Cancelling is told as {@code DatasetLoader} tells it, so callers handle one kind. */
    static CancellationException cancelled(String name) {
        return new CancellationException("reading " + name + " was cancelled");
    }
}
