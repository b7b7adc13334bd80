package io.opstimeline;

import io.opstimeline.cli.OpsTimelineCommand;

/**
 * Entry point of the jar. Not the JavaFX Application class on purpose: a plain main lets the
 * shaded jar start JavaFX from the class path, and lets the command-line tools run with no display.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            // No arguments: the GUI on the bundled sample, exactly what the top command's call() does,
            // without building picocli's command model first (about 0.4 s of class loading at start-up).
            code = args.length == 0 ? io.opstimeline.cli.GuiLauncher.launchGui() : OpsTimelineCommand.run(args);
        } catch (OutOfMemoryError e) {
            // Errors are not the command's exceptions: picocli lets them through. Still no stack trace.
            System.err.println("error: not enough memory for this input; start Java with a larger -Xmx");
            code = io.opstimeline.cli.ExitCodes.OUT_OF_MEMORY;
        } catch (RuntimeException | StackOverflowError e) {
            org.slf4j.LoggerFactory.getLogger(Main.class).error("unexpected failure", e);
            System.err.println("error: unexpected failure, a bug in Ops Timeline: " + e
                    + "; please report it with the log " + io.opstimeline.logging.LogLocation.logFile());
            code = io.opstimeline.cli.ExitCodes.INTERNAL_ERROR;
        }
        if (code != OpsTimelineCommand.GUI_STARTED) {
            System.exit(code);
        }
    }
}
