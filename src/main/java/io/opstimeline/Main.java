package io.opstimeline;

import io.opstimeline.cli.OpsTimelineCommand;
import picocli.CommandLine;

/**
 * Entry point of the jar. Not the JavaFX Application class on purpose: a plain main lets the
 * shaded jar start JavaFX from the class path, and lets the command-line tools run with no display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = OpsTimelineCommand.run(args);
        if (code != OpsTimelineCommand.GUI_STARTED) {
            System.exit(code);
        }
    }
}
