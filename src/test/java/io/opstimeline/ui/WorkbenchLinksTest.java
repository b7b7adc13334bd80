package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Every view on one selection, one window and one filter. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchLinksTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingATableRowSelectsTheRecordOnTheTimelineAndBack(FxRobot robot) {
        robot.clickOn("Ministers meet");
        settle();
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("talks");
        assertThat(window.timeline().hitMap().boxOf("talks")).isPresent();

        robot.interact(() -> window.timeline().selectedIdProperty().set("fall"));
        Integer row = window.table().table().getSelectionModel().getSelectedItem();
        assertThat(window.model().documentProperty().get().records().id(row)).isEqualTo("fall");
    }

    @Test
    void aKindFilterInHideModeAppliesToTimelineTableAndOverview(FxRobot robot) {
        robot.interact(() -> {
            window.model().modeProperty().set(io.opstimeline.core.filter.FilterMode.HIDE);
            window.model()
                    .filterProperty()
                    .set(window.model().filterProperty().get().withKinds(Set.of("meeting")));
        });
        settle();
        robot.interact(() -> window.timeline().redraw()); // drawing belongs on the FX thread

        assertThat(window.timeline().hitMap().boxes())
                .extracting(HitMap.Box::eventId)
                .containsExactlyInAnyOrder("talks", "month");
        assertThat(window.table().shownIds()).containsExactly("talks", "month");
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("2 of 4 match");
    }

    @Test
    void searchingOutlinesMatchesAndEnterStepsToThem(FxRobot robot) {
        robot.clickOn("#search").write("falls");
        robot.type(KeyCode.ENTER);
        settle();

        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("fall");
        assertThat(window.table().shownIds()).containsExactly("fall");
    }

    @Test
    void choosingANationDrawsItsParticipationSpanOnTheTimeline(FxRobot robot) {
        TimeWindow w = window.timeline().windowProperty().get();
        double inside = 136
                + w.toX(
                        Instant.parse("2011-06-15T00:00:00Z").toEpochMilli(),
                        window.timeline().timeAreaWidth());
        double outside = 136
                + w.toX(
                        Instant.parse("2011-08-15T00:00:00Z").toEpochMilli(),
                        window.timeline().timeAreaWidth());
        double y = window.timeline().getHeight() - 30;
        Color before = pixel(robot, inside, y);

        robot.interact(() -> window.nations()
                .getSelectionModel()
                .select(window.nations().getItems().stream()
                        .filter(n -> n.id().equals("NOR"))
                        .findFirst()
                        .orElseThrow()));
        settle();

        assertThat(window.model().selectedNationProperty().get()).isEqualTo("NOR");
        Color during = pixel(robot, inside, y);
        Color after = pixel(robot, outside, y);
        assertThat(during).isNotEqualTo(before);
        assertThat(during.getBlue()).isGreaterThan(during.getRed());
        assertThat(after).isEqualTo(before);
    }

    @Test
    void draggingTheOverviewWindowEdgeZoomsTheTimeline(FxRobot robot) {
        TimeWindow before = window.timeline().windowProperty().get();
        Node overview = robot.lookup("#overview").query();
        // the edge is found as a user finds it, by where the pointer turns into a resize cursor
        double x = rightmostResizeCursor(robot, overview, 30);
        assertThat(x)
                .as("the window's right edge can be grabbed")
                .isGreaterThan(overview.getLayoutBounds().getWidth() / 2);

        robot.drag(overview.localToScreen(x, 30))
                .moveTo(overview.localToScreen(x - 300, 30))
                .release(MouseButton.PRIMARY);
        settle();

        TimeWindow after = window.timeline().windowProperty().get();
        assertThat(after.start()).isEqualTo(before.start());
        assertThat(after.span()).isLessThan(before.span());
    }

    /** Moves the pointer across the strip from the right and returns the first x where it offers to resize. */
    private static double rightmostResizeCursor(FxRobot robot, Node strip, double y) {
        double[] found = {-1};
        robot.interact(() -> {
            for (double x = strip.getLayoutBounds().getWidth() - 1; x >= 0 && found[0] < 0; x--) {
                Point2D screen = strip.localToScreen(x, y);
                javafx.event.Event.fireEvent(
                        strip,
                        new MouseEvent(
                                MouseEvent.MOUSE_MOVED,
                                x,
                                y,
                                screen.getX(),
                                screen.getY(),
                                MouseButton.NONE,
                                0,
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                false,
                                null));
                if (strip.getCursor() == Cursor.H_RESIZE) {
                    found[0] = x;
                }
            }
        });
        return found[0];
    }

    @Test
    void dailyIncrementsSwitchChangesTheChart(FxRobot robot) {
        var before = window.chart().plotted();
        robot.clickOn("#daily");
        settle();

        assertThat(before).hasSize(2);
        assertThat(window.chart().plotted()).hasSize(1);
        assertThat(window.chart().plotted().get(0).point().value()).isEqualTo((26500.0 - 1719) / 209);
    }

    private Color pixel(FxRobot robot, double x, double y) {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> {
            window.timeline().redraw();
            img[0] = window.timeline().snapshot(null, null);
        });
        return img[0].getPixelReader().getColor((int) x, (int) y);
    }
}
