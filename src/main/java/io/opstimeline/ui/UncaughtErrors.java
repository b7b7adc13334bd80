package io.opstimeline.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody caught, on the FX thread or any other, is logged
 * and shown in a dialog that says what happened and where the log is, instead of vanishing.
 * At most one such dialog is open at a time, so a failure that repeats on every frame cannot
 * bury the window in dialogs.
 */
public final class UncaughtErrors {
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private UncaughtErrors() {}

    /** Installs the handler for every thread, the FX application thread included. Call on the FX thread. */
    public static void install() {
        Thread.setDefaultUncaughtExceptionHandler(UncaughtErrors::handle);
        Thread.currentThread().setUncaughtExceptionHandler(UncaughtErrors::handle);
    }

    static void handle(Thread thread, Throwable error) {
        log().error("uncaught exception on thread {}", thread.getName(), error);
        if (!SHOWING.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                Alert alert = ErrorDialogs.unexpected(null, "Something went wrong", error);
                // Not modal: the window stays usable (and savable) behind the message.
                alert.initModality(javafx.stage.Modality.NONE);
                alert.setOnHidden(e -> SHOWING.set(false));
                alert.show();
            } catch (RuntimeException dialogFailed) {
                SHOWING.set(false);
                log().error("could not show the error dialog", dialogFailed);
            }
        };
        try {
            if (Platform.isFxApplicationThread()) {
                show.run();
            } else {
                Platform.runLater(show);
            }
        } catch (IllegalStateException toolkitGone) {
            SHOWING.set(false); // the toolkit is not running: the log is all we can do
        }
    }

    /** Looked up when first needed: setting up logging is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(UncaughtErrors.class);
    }
}
