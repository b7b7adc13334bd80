package io.opstimeline.ui;

import java.util.UUID;
import java.util.prefs.Preferences;

/** Settings in a throw-away preference node, so tests neither read nor change the user's. */
final class TestSettings {
    private TestSettings() {
    }

    static Settings fresh() {
        return new Settings(Preferences.userRoot().node("io/opstimeline/test/" + UUID.randomUUID()));
    }
}
