package io.opstimeline.cli;

import java.nio.file.Path;

/** Starts the JavaFX application; kept apart so the headless commands never load JavaFX classes. */
final class GuiLauncher {
    private GuiLauncher() {
    }

    static void launch(Path file) {
        io.opstimeline.ui.OpsTimelineApp.launchWith(file);
    }
}
