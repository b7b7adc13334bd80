package io.opstimeline.ui;

/** Settings held in memory, so tests neither read nor change (nor leave nodes in) the user's. */
public final class TestSettings {
    private TestSettings() {
    }

    public static Settings fresh() {
        return new Settings(new MemoryPreferences());
    }
}
