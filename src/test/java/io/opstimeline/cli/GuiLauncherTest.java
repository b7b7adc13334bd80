package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What a user without a display (ssh, a fresh server) reads instead of "a bug in Ops Timeline". */
class GuiLauncherTest {
    @Test
    void noDisplayIsExplainedWithWhatToDoNotReportedAsABug() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GuiLauncher.explainNoWindow("Unable to open DISPLAY", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);

        assertThat(text)
                .startsWith("error: the window cannot open: Unable to open DISPLAY.")
                .contains("DISPLAY set")
                .contains("libgtk-3-0")
                .contains("validate, export, import")
                .doesNotContain("bug");
    }
}
