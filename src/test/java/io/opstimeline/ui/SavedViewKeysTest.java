package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Saved views are reached from the keyboard too, and Help > Keyboard shortcuts says how. */
@ExtendWith(ApplicationExtension.class)
class SavedViewKeysTest {
    private static final Instant APRIL = Instant.parse("2011-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2011-05-01T00:00:00Z");
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    @Test
    void everySavedViewActionHasKeysListedInTheShortcutsAndTheKeysWork(FxRobot robot) {
        robot.interact(() -> {
            window.annotations()
                    .store()
                    .putView(new SavedView(
                            "All of it",
                            Instant.parse("2011-03-01T00:00:00Z"),
                            Instant.parse("2011-10-01T00:00:00Z"),
                            ViewFilter.NONE,
                            SavedView.LANES_BY_KIND));
            window.annotations()
                    .store()
                    .putView(new SavedView("April", APRIL, MAY, ViewFilter.NONE, SavedView.LANES_BY_KIND));
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> listed = KeyboardShortcuts.fromMenus(window.menuBar()).stream()
                .map(s -> s.command() + " = " + s.keys())
                .toList();
        assertThat(listed)
                .anyMatch(s -> s.contains("Go to view \u203A April"))
                .anyMatch(s -> s.contains("Delete view \u203A April"))
                .anyMatch(s -> s.contains("Go to view \u203A All of it"));

        robot.interact(() -> window.timeline().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            // on a loaded machine the keys can take longer than a few pulses to arrive
            WaitForAsyncUtils.waitFor(
                    5,
                    java.util.concurrent.TimeUnit.SECONDS,
                    () -> window.model().windowProperty().get().start() == APRIL.toEpochMilli());
        } catch (java.util.concurrent.TimeoutException late) {
            // the assertions below say what the window is instead
        }
        TimeWindow w = window.model().windowProperty().get();
        assertThat(w.start()).isEqualTo(APRIL.toEpochMilli());
        assertThat(w.end()).isEqualTo(MAY.toEpochMilli());
    }
}
