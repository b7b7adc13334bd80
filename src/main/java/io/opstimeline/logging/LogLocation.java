package io.opstimeline.logging;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the log file lives: the one place the logging configuration and the error dialog both ask.
 * Follows each platform's convention for per-user application data; the system property
 * {@value #OVERRIDE} wins over all of them.
 */
public final class LogLocation {
    public static final String OVERRIDE = "ops-timeline.logDir";
    public static final String FILE_NAME = "ops-timeline.log";

    private LogLocation() {}

    /** The log file for this user on this machine. */
    public static Path logFile() {
        String override = System.getProperty(OVERRIDE);
        Path dir = override != null && !override.isBlank()
                ? Path.of(override)
                : logDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
        return dir.resolve(FILE_NAME);
    }

    /**
     * Linux and other Unix: $XDG_DATA_HOME/ops-timeline/logs, else ~/.local/share/ops-timeline/logs.
     * macOS: ~/Library/Logs/OpsTimeline. Windows: %LOCALAPPDATA%\OpsTimeline\logs.
     */
    public static Path logDir(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("OpsTimeline").resolve("logs");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Logs", "OpsTimeline");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(home, ".local", "share");
        return base.resolve("ops-timeline").resolve("logs");
    }
}
