package io.opstimeline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogLocationTest {
    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertThat(LogLocation.logDir("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
                .isEqualTo(Path.of("/data/me/ops-timeline/logs"));
        assertThat(LogLocation.logDir("Linux", Map.of("XDG_DATA_HOME", "relative/dir"), "/home/me"))
                .isEqualTo(Path.of("/home/me/.local/share/ops-timeline/logs"));
        assertThat(LogLocation.logDir("Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me/.local/share/ops-timeline/logs"));
    }

    @Test
    void macAndWindowsFollowTheirConventions() {
        assertThat(LogLocation.logDir("Mac OS X", Map.of(), "/Users/me"))
                .isEqualTo(Path.of("/Users/me/Library/Logs/OpsTimeline"));
        assertThat(LogLocation.logDir("Windows 11", Map.of("LOCALAPPDATA", "/c/Users/me/AppData/Local"), "/c/Users/me"))
                .isEqualTo(Path.of("/c/Users/me/AppData/Local/OpsTimeline/logs"));
        assertThat(LogLocation.logDir("Windows 11", Map.of(), "/c/Users/me"))
                .isEqualTo(Path.of("/c/Users/me/AppData/Local/OpsTimeline/logs"));
    }

    @Test
    void systemPropertyOverridesAndTheDefinerHandsTheSamePathToLogback() {
        String before = System.getProperty(LogLocation.OVERRIDE);
        try {
            System.setProperty(LogLocation.OVERRIDE, "/tmp/ops-logs");
            assertThat(LogLocation.logFile()).isEqualTo(Path.of("/tmp/ops-logs/ops-timeline.log"));
            assertThat(new LogFileDefiner().getPropertyValue()).isEqualTo("/tmp/ops-logs/ops-timeline.log");
        } finally {
            if (before == null) {
                System.clearProperty(LogLocation.OVERRIDE);
            } else {
                System.setProperty(LogLocation.OVERRIDE, before);
            }
        }
    }
}
