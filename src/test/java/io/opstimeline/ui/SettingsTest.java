package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Stored settings are input: a value the app cannot use gives the default and one log line, and is
 * dropped from the store. A throw-away preference node (TestSettings), never the user's.
 */
class SettingsTest {
    private final Settings settings = TestSettings.fresh();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(Settings.class);

    @BeforeEach
    void listen() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(log); // the settings live in memory (TestSettings): nothing to remove
    }

    private Preferences prefs() throws Exception {
        var field = Settings.class.getDeclaredField("prefs");
        field.setAccessible(true);
        return (Preferences) field.get(settings);
    }

    /** Writes a raw value, as a damaged or hand-edited store would hold it. */
    private void store(String key, String value) throws Exception {
        prefs().put(key, value);
    }

    private List<String> warnings() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void anUnknownZoneGivesTheDatasetsZoneAndALogLine() throws Exception {
        store("zone", "Mars/Olympus_Mons");

        assertThat(settings.get("zone", "")).isEmpty();
        assertThat(warnings()).singleElement().asString().contains("zone").contains("Mars/Olympus_Mons");
        assertThat(prefs().get("zone", null)).as("dropped from the store").isNull();
    }

    @Test
    void aKnownZoneAndTheDatasetsOwnAreKept() throws Exception {
        store("zone", "Europe/Brussels");
        assertThat(settings.get("zone", "")).isEqualTo("Europe/Brussels");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void anAbsurdWindowWidthGivesTheDefault() throws Exception {
        store("window.width", "1e9");
        store("window.height", "NaN");

        assertThat(settings.getDouble("window.width", 1600)).isEqualTo(1600);
        assertThat(settings.getDouble("window.height", 950)).isEqualTo(950);
        assertThat(warnings())
                .hasSize(2)
                .anySatisfy(w -> assertThat(w).contains("window.width").contains("1e9"));
    }

    @Test
    void aSensibleWindowSizeIsKept() throws Exception {
        store("window.width", "1280");
        assertThat(settings.getDouble("window.width", 1600)).isEqualTo(1280);
        assertThat(warnings()).isEmpty();
    }

    @Test
    void anUnknownThemeOrLaneModeGivesTheDefault() throws Exception {
        store("dark", "solarized");
        store("lanes", "SIDEWAYS");

        assertThat(settings.get("dark", "false")).isEqualTo("false");
        assertThat(settings.get("lanes", "KIND")).isEqualTo("KIND");
        assertThat(warnings()).hasSize(2);
    }
}
