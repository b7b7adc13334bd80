package io.opstimeline.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench as a user meets it at a screen size: the app's stylesheet, a window of that size,
 * and the bundled sample opened through File > Open from a copy in {@code folder}.
 */
final class SampleWorkbench {
    private static final String FILE_NAME = "oup-2011.json";

    private SampleWorkbench() {}

    /** The copy of the sample {@link #open} opened from {@code folder}, to open again. */
    static Path copyIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    static MainWindow open(FxRobot robot, Stage stage, Path folder, int width, int height) throws Exception {
        Path data = folder.resolve(FILE_NAME);
        Files.copy(Path.of("sample-data", FILE_NAME), data);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            window[0] = new MainWindow(url -> {}, TestSettings.fresh());
            Scene scene = new Scene(window[0], width, height);
            scene.getStylesheets()
                    .add(OpsTimelineApp.class
                            .getResource("/ui/ops-timeline.css")
                            .toExternalForm());
            stage.setScene(scene);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        robot.interact(() -> window[0].open(data));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window[0].datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return window[0];
    }
}
