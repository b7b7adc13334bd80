package io.opstimeline.cli;

import java.nio.file.Path;

/** Starts the JavaFX application; kept apart so the headless commands never load JavaFX classes. */
public final class GuiLauncher {
    private GuiLauncher() {}

    /** The GUI on the bundled sample; blocks until the window closes. Main's fast path for no arguments. */
    public static int launchGui() {
        launch(null);
        return OpsTimelineCommand.GUI_STARTED;
    }

    static void launch(Path file) {
        io.opstimeline.ui.OpsTimelineApp.launchWith(file);
    }
}
