package io.opstimeline.ui.export;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.ui.Settings;

/**
 * What the export dialog remembers per dataset between runs (marking, title, subtitle, format,
 * paper, folder and the page options), in the app's settings under the data's SHA-256, so the
 * same data exported again offers the marking it was last exported with, never silently
 * UNCLASSIFIED again.
 */
public final class ExportMemory {
    private final Settings settings;
    private final String prefix;

    public ExportMemory(Settings settings, Dataset dataset) {
        this.settings = settings;
        // Preference keys are limited to 80 characters; 32 hex digits of the hash name the data well enough.
        String sha = dataset.fingerprint().sha256() == null
                ? ""
                : dataset.fingerprint().sha256();
        this.prefix = "export." + sha.substring(0, Math.min(32, sha.length())) + ".";
    }

    public String get(String field, String fallback) {
        String v = settings.get(prefix + field, null);
        return v == null || v.isBlank() ? fallback : v;
    }

    public void put(String field, String value) {
        settings.put(prefix + field, value);
    }
}
