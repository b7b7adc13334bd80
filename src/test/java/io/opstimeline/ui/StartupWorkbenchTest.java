package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start-up shows the sample on the timeline alone, then builds the workbench around it: what
 * the user did with the timeline in between, and the saved settings, survive the swap.
 */
@ExtendWith(ApplicationExtension.class)
class StartupWorkbenchTest {
    private final Settings settings = TestSettings.fresh();
    private TimelineView timeline;
    private Scene scene;
    private Dataset dataset;

    @Start
    void start(Stage stage) throws Exception {
        settings.put("lanes", "NATION");
        dataset = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
        timeline = new TimelineView();
        MainMenus.applySaved(timeline, settings);
        timeline.documentProperty().set(TimelineDocument.of(dataset));
        scene = new Scene(new StackPane(timeline), 1400, 900);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theWorkbenchTakesOverWhatTheFirstFrameShowedAndTheUserDid(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline.laneModeProperty().get()).isEqualTo(Lanes.Mode.NATION);
        assertThat(timeline.hitMap().boxOf("talks"))
                .as("the first frame, before the workbench")
                .isPresent();
        long talks = dataset.event("talks").orElseThrow().start().epochMilli();
        TimeWindow zoomed = timeline.windowProperty().get().zoom(0.5, talks);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            timeline.windowProperty().set(zoomed);
            timeline.selectedIdProperty().set("talks");
            window[0] = new MainWindow(url -> {}, settings, timeline);
            scene.setRoot(window[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        MainWindow w = window[0];

        assertThat(w.timeline()).isSameAs(timeline);
        assertThat(w.datasetProperty().get()).isSameAs(dataset);
        assertThat(timeline.windowProperty().get()).isEqualTo(zoomed);
        assertThat(w.model().windowProperty().get()).isEqualTo(zoomed);
        assertThat(w.model().selectedIdProperty().get()).isEqualTo("talks");
        assertThat(timeline.laneModeProperty().get()).isEqualTo(Lanes.Mode.NATION);
        Integer row = w.table().table().getSelectionModel().getSelectedItem();
        assertThat(row).isNotNull();
        assertThat(w.model().documentProperty().get().records().id(row)).isEqualTo("talks");
        assertThat(w.nations().getItems()).hasSize(2);
        assertThat(robot.lookup("#kind-filter")
                        .queryAs(javafx.scene.control.MenuButton.class)
                        .getItems())
                .hasSize(dataset.kinds().size());
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Small test campaign");
        assertThat(robot
                        .lookup("#detail")
                        .queryAs(javafx.scene.control.ScrollPane.class)
                        .getContent()
                        .lookupAll(".label")
                        .stream()
                        .map(n -> ((Label) n).getText())
                        .toList())
                .contains("Ministers meet");
        assertThat(timeline.hitMap().boxOf("talks"))
                .as("drawn in the workbench, zoomed")
                .isPresent();
    }

    @Test
    void theSamplesNineteenNationLanesScrollInTheWorkbenchAsWhenOpenedThere(FxRobot robot) throws Exception {
        Dataset sample = new DatasetLoader().loadBundled(OpsTimelineApp.SAMPLE_RESOURCE);
        MainWindow[] window = new MainWindow[1];
        robot.interact(() -> {
            timeline.documentProperty().set(TimelineDocument.of(sample));
            window[0] = new MainWindow(url -> {}, settings, timeline);
            scene.setRoot(window[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();

        double rows = io.opstimeline.core.render.TimelinePainter.minHeight(
                timeline.storeProperty().get().laneCount());
        assertThat(rows).isGreaterThan(200);
        assertThat(timeline.getMinHeight()).isEqualTo(rows);
    }
}
