package io.opstimeline.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells when the open file changes on disk, so the view can reload it in place. One file at a time. */
final class FileWatcher implements AutoCloseable {
    private WatchService service;

    /** Watches {@code file}; {@code onChange} runs on a background thread. Replaces any earlier watch. */
    synchronized void watch(Path file, Consumer<Path> onChange) {
        close();
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir == null) {
            return;
        }
        try {
            WatchService ws = FileSystems.getDefault().newWatchService();
            dir.register(ws, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE);
            service = ws;
            Thread t = new Thread(() -> loop(ws, abs, onChange), "file-watcher");
            t.setDaemon(true);
            t.start();
        } catch (IOException e) {
            log().warn("cannot watch {} for changes: {}", file, e.getMessage());
        }
    }

    private static void loop(WatchService ws, Path file, Consumer<Path> onChange) {
        try {
            while (true) {
                WatchKey key = ws.take();
                boolean ours = false;
                for (WatchEvent<?> ev : key.pollEvents()) {
                    if (file.getFileName().equals(ev.context())) {
                        ours = true;
                    }
                }
                key.reset();
                if (ours) {
                    Thread.sleep(150); // let the writer finish before we read
                    onChange.accept(file);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                log().debug("closing watch service", e);
            }
            service = null;
        }
    }

    /** Looked up when first needed: setting up logging is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(FileWatcher.class);
    }
}
