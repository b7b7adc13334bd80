package io.opstimeline.ui;

import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import java.nio.file.Path;
import io.opstimeline.ui.timeline.StartupProbe;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one main window, opened on a given file or the bundled sample campaign. */
public final class OpsTimelineApp extends Application {
    public static final String SAMPLE_RESOURCE = "/sample-data/oup-2011.json";
    private static volatile Path initialFile;

    /** Starts the GUI and blocks until the window closes. A null file opens the bundled sample. */
    public static void launchWith(Path file) {
        initialFile = file;
        Application.launch(OpsTimelineApp.class);
    }

    @Override
    public void start(Stage stage) {
        UncaughtErrors.install();
        Settings settings = Settings.user();
        MainWindow window = MainWindow.timelineFirst(url -> getHostServices().showDocument(url), settings);
        Scene scene = new Scene(window, settings.getDouble("window.width", 1600), settings.getDouble("window.height", 950));
        stage.setOnHiding(e -> {
            settings.putDouble("window.width", scene.getWidth());
            settings.putDouble("window.height", scene.getHeight());
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        });
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        scene.getStylesheets().add(OpsTimelineApp.class.getResource("/ui/ops-timeline.css").toExternalForm());
        stage.setTitle("Ops Timeline");
        stage.setScene(scene);
        Path file = initialFile;
        if (file == null) {
            try {
                window.datasetProperty().set(new DatasetLoader().loadBundled(SAMPLE_RESOURCE));
            } catch (DatasetLoadException e) {
                LoggerFactory.getLogger(OpsTimelineApp.class).error("bundled sample failed to load:\n{}", e.getMessage());
            }
        } else {
            window.open(file);
        }
        stage.show();
        window.timeline().requestFocus();
        afterFirstFrame(scene, window);
    }

    /**
     * The window opens showing the timeline alone; the pulse after its first frame places the rest
     * of the workbench, so styling and laying out the controls comes after that frame
     * (docs/architecture.md, "Start-up").
     */
    private static void afterFirstFrame(Scene scene, MainWindow window) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            StartupProbe.firstPulseDone(window.timeline());
            Platform.runLater(() -> {
                window.showWorkbench();
                StartupProbe.workbenchPlaced(scene, window.timeline());
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
