package io.opstimeline.cli;

/**
 * What a command's exit code means; each way of failing has its own, so a script can tell a bad
 * input from a full disk. {@link #INTERNAL_ERROR} is only ever a bug of ours, never a user's path.
 */
public final class ExitCodes {
    public static final int OK = 0;
    /** An input is wrong, missing or unreadable; the messages say file:line:col (or file) and why. */
    public static final int BAD_INPUT = 1;
    /** An option or argument value the command cannot use (picocli's own usage errors too). */
    public static final int USAGE = 2;
    /** The output names one of the inputs (after links); refused before anything was written. */
    public static final int OUTPUT_IS_INPUT = 3;
    /** The output could not be written (permission, disk full, a folder, a device); old files untouched. */
    public static final int CANNOT_WRITE = 4;
    /** Not enough memory for this input. */
    public static final int OUT_OF_MEMORY = 5;
    /** The window cannot open: no display, or no GTK 3 to draw it with. The command-line tools still work. */
    public static final int NO_DISPLAY = 6;
    /** A bug: an exception no command expected. The message asks for a report and names the log. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {}
}
