package io.opstimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent files, time zone, theme, window bounds. Uses the
 * platform's preference store (on Linux ~/.java/.userPrefs, which Java itself writes to a temp
 * file and renames over the old one), so a first start with nothing stored simply gets the
 * defaults. Stored values are input like any other: one the app cannot use is replaced by its
 * default with a log line, never passed on to the window (issue 16.5).
 */
public final class Settings {
    private static final int MAX_RECENT = 8;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Settings.class);
    private static final double[] ANY_FINITE = {-Double.MAX_VALUE, Double.MAX_VALUE};
    private static final java.util.Set<String> BOOLEAN = java.util.Set.of("true", "false");
    /** What a stored text must be for the keys the app reads; keys not listed take any text. */
    private static final java.util.Map<String, java.util.function.Predicate<String>> TEXT_RULES = java.util.Map.of(
            "zone", Settings::knownZone,
            "dark", BOOLEAN::contains,
            "window.maximized", BOOLEAN::contains,
            "lanes", java.util.Set.of("KIND", "NATION")::contains);
    /**
     * Ranges a stored number must be in: a window from 320 x 240 to 16384 pixels a side (the largest
     * texture JavaFX draws), a divider inside its split, a position within 100,000 pixels of the origin.
     */
    private static final java.util.Map<String, double[]> NUMBER_RULES = java.util.Map.of(
            "window.width", new double[] {320, 16_384},
            "window.height", new double[] {240, 16_384},
            "window.x", new double[] {-100_000, 100_000},
            "window.y", new double[] {-100_000, 100_000});

    private final Preferences prefs;

    public Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static Settings user() {
        return new Settings(Preferences.userRoot().node("io/opstimeline/ops-timeline"));
    }

    public List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = prefs.get("recent." + i, null);
            try {
                if (p != null && Files.exists(Path.of(p))) {
                    out.add(Path.of(p));
                }
            } catch (java.nio.file.InvalidPathException e) {
                replaced("recent." + i, p, "(none)"); // a NUL or the like: no file can be named so
            }
        }
        return out;
    }

    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recentFiles());
        Path abs = file.toAbsolutePath().normalize();
        list.remove(abs);
        list.add(0, abs);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < list.size()) {
                prefs.put("recent." + i, list.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
        flush();
    }

    /**
     * The stored value, or {@code fallback} when nothing is stored or what is stored cannot be used
     * (an unknown zone, a theme that is neither on nor off): such a value is dropped with a log
     * line, so a damaged or hand-edited store never keeps the app from starting.
     */
    public String get(String key, String fallback) {
        String value = prefs.get(key, null);
        if (value == null) {
            return fallback;
        }
        java.util.function.Predicate<String> usable = TEXT_RULES.get(key);
        if (usable != null && !usable.test(value)) {
            return replaced(key, value, fallback);
        }
        return value;
    }

    /** As {@link #get}: a number that is not one, or outside what the key can use, gives the fallback. */
    public double getDouble(String key, double fallback) {
        String value = prefs.get(key, null);
        if (value == null) {
            return fallback;
        }
        double[] range = NUMBER_RULES.getOrDefault(key, ANY_FINITE);
        try {
            double d = Double.parseDouble(value);
            if (d >= range[0] && d <= range[1]) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the value as stored
        }
        replaced(key, value, Double.toString(fallback));
        return fallback;
    }

    private String replaced(String key, String value, String fallback) {
        LOG.warn(
                "settings: stored {} = \"{}\" cannot be used; using the default \"{}\" (stored in {})",
                key,
                abbreviate(value),
                fallback,
                prefs.absolutePath());
        prefs.remove(key);
        return fallback;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    private static boolean knownZone(String id) {
        if (id.isEmpty()) {
            return true; // the dataset's own zone
        }
        try {
            java.time.ZoneId.of(id);
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    public void put(String key, String value) {
        if (value == null) {
            prefs.remove(key);
        } else {
            prefs.put(key, value);
        }
        flush();
    }

    public void putDouble(String key, double value) {
        prefs.putDouble(key, value);
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            org.slf4j.LoggerFactory.getLogger(Settings.class).warn("could not save settings: {}", e.getMessage());
        }
    }
}
