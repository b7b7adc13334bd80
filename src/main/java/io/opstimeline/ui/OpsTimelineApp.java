package io.opstimeline.ui;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.ui.timeline.StartupProbe;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
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
        Consumer<String> openUrl = url -> getHostServices().showDocument(url);
        Path file = initialFile;
        if (file != null) {
            MainWindow window = new MainWindow(openUrl, settings);
            show(stage, window, settings);
            window.open(file);
            window.timeline().requestFocus();
            return;
        }
        // The sample: its first frame comes first, on the timeline alone; the workbench follows.
        TimelineView timeline = new TimelineView();
        MainMenus.applySaved(timeline, settings);
        try {
            timeline.documentProperty().set(TimelineDocument.of(new DatasetLoader().loadBundled(SAMPLE_RESOURCE)));
        } catch (DatasetLoadException e) {
            LoggerFactory.getLogger(OpsTimelineApp.class).error("bundled sample failed to load:\n{}", e.getMessage());
        }
        Scene scene = show(stage, new StackPane(timeline), settings);
        timeline.requestFocus();
        afterFirstFrame(scene, timeline, () -> {
            scene.setRoot(new MainWindow(openUrl, settings, timeline));
            // the timeline is back in the scene once its scroller has a skin, after the next CSS pass;
            Runnable[] refocus = new Runnable[1];
            refocus[0] = () -> {
                scene.removePostLayoutPulseListener(refocus[0]);
                timeline.requestFocus();
            };
            scene.addPostLayoutPulseListener(refocus[0]);
            StartupProbe.workbenchPlaced(scene, timeline);
        });
    }

    private static Scene show(Stage stage, Parent root, Settings settings) {
        WindowBounds first =
                WindowBounds.firstRun(javafx.stage.Screen.getPrimary().getVisualBounds());
        WindowBounds saved = new WindowBounds(
                settings.getDouble("window.x", Double.NaN),
                settings.getDouble("window.y", Double.NaN),
                settings.getDouble("window.width", first.width()),
                settings.getDouble("window.height", first.height()));
        // the screen the window was last on, or the primary one; the whole window fits inside it
        javafx.stage.Screen screen = javafx.stage.Screen.getScreensForRectangle(
                        Double.isNaN(saved.x()) ? 0 : saved.x(), Double.isNaN(saved.y()) ? 0 : saved.y(), 1, 1)
                .stream()
                .findFirst()
                .orElse(javafx.stage.Screen.getPrimary());
        WindowBounds fitted = WindowBounds.fit(saved, screen.getVisualBounds());
        // the saved size is the scene's; the frame's decorations take a little more, kept inside too
        Scene scene = new Scene(root, Math.max(100, fitted.width() - 16), Math.max(100, fitted.height() - 40));
        stage.setX(fitted.x());
        stage.setY(fitted.y());
        stage.setOnHiding(e -> {
            settings.putDouble("window.x", stage.getX());
            settings.putDouble("window.y", stage.getY());
            settings.putDouble("window.width", scene.getWidth());
            settings.putDouble("window.height", scene.getHeight());
            settings.put("window.maximized", Boolean.toString(stage.isMaximized()));
        });
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        scene.getStylesheets()
                .add(OpsTimelineApp.class.getResource("/ui/ops-timeline.css").toExternalForm());
        stage.setTitle("Ops Timeline");
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /**
     * Start-up (docs/architecture.md): the window opens on the timeline alone, with no controls to
     * style or lay out; the pulse after its first frame builds the workbench around it.
     */
    private static void afterFirstFrame(Scene scene, TimelineView timeline, Runnable buildWorkbench) {
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            StartupProbe.firstPulseDone(timeline);
            Platform.runLater(buildWorkbench);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
