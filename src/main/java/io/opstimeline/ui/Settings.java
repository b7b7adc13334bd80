package io.opstimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs: recent files, time zone, theme, window bounds. Uses the
 * platform's preference store (on Linux ~/.java/.userPrefs), so a first start with nothing stored
 * simply gets the defaults.
 */
public final class Settings {
    private static final int MAX_RECENT = 8;
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
            if (p != null && Files.exists(Path.of(p))) {
                out.add(Path.of(p));
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

    public String get(String key, String fallback) {
        return prefs.get(key, fallback);
    }

    public void put(String key, String value) {
        if (value == null) {
            prefs.remove(key);
        } else {
            prefs.put(key, value);
        }
        flush();
    }

    public double getDouble(String key, double fallback) {
        return prefs.getDouble(key, fallback);
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
