package io.opstimeline.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/** Starts the JavaFX application; kept apart so the headless commands never load JavaFX classes. */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** The GUI on the bundled sample; blocks until the window closes. Main's fast path for no arguments. */
    public static int launchGui() {
        return launch(null);
    }

    /**
     * Opens the window on {@code file} (null: the bundled sample) and blocks until it closes. Returns
     * {@link OpsTimelineCommand#GUI_STARTED}, or {@link ExitCodes#NO_DISPLAY} with a message when the
     * toolkit cannot open a window at all (run over ssh without a display, or without GTK 3): the
     * user's machine, not a bug of ours.
     */
    static int launch(Path file) {
        try {
            io.opstimeline.ui.OpsTimelineApp.launchWith(file);
            return OpsTimelineCommand.GUI_STARTED;
        } catch (UnsupportedOperationException noWindow) {
            // JavaFX's toolkit start throws exactly this when it finds no display or no GTK library
            org.slf4j.LoggerFactory.getLogger(GuiLauncher.class).info("the window cannot open", noWindow);
            explainNoWindow(noWindow.getMessage(), System.err);
            return ExitCodes.NO_DISPLAY;
        }
    }

    static void explainNoWindow(String reason, PrintStream err) {
        err.println("error: the window cannot open: " + reason + ".");
        err.println("  The app needs a graphical display (on Linux: DISPLAY set, an X or Wayland session) and"
                + " GTK 3 (Debian and Ubuntu: apt-get install libgtk-3-0).");
        err.println("  Without one, the command-line tools still work: validate, export, import (see --help).");
        err.flush();
    }
}
