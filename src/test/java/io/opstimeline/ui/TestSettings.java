package io.opstimeline.ui;

/** Settings held in memory, so tests neither read nor change (nor leave nodes in) the user's. */
public final class TestSettings {
    private TestSettings() {}

    public static Settings fresh() {
        // a node below a memory root, so a test may remove it as it would remove the user's node
        return new Settings(new MemoryPreferences().node("ops-timeline"));
    }
}
