package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainWindow window;
    private Dataset dataset;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        dataset = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
        window = new MainWindow(opened::add, TestSettings.fresh());
        window.datasetProperty().set(dataset);
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
    }

    private HitMap.Box drawn(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.timeline().hitMap().boxOf(id).orElseThrow(() -> new AssertionError(id + " not drawn"));
    }

    private String detailText(FxRobot robot) {
        return robot
                .lookup("#detail")
                .queryAs(javafx.scene.control.ScrollPane.class)
                .getContent()
                .lookupAll(".label")
                .stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void clickingARecordShowsItInTheDetailPane(FxRobot robot) {
        HitMap.Box box = drawn("talks");
        robot.clickOn(window.timeline().localToScreen(box.x() + 8, box.centerY()));

        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("talks");
        assertThat(detailText(robot))
                .contains("Ministers meet")
                .contains("14 Apr 2011 \u2013 15 Apr 2011")
                .contains("Grading: B2");
    }

    @Test
    void clickingEmptySpaceClearsTheSelection(FxRobot robot) {
        robot.interact(() -> window.timeline().selectedIdProperty().set("res"));
        robot.clickOn(window.timeline().localToScreen(700, window.timeline().getHeight() - 8));

        assertThat(window.timeline().selectedIdProperty().get()).isNull();
        assertThat(detailText(robot)).contains("Select a record");
    }

    @Test
    void sourceLinksOpenOnlyWebAddresses(FxRobot robot) {
        robot.interact(() -> window.timeline().selectedIdProperty().set("res"));
        robot.clickOn("Resolution text \u2014 United Nations, 17 Mar 2011 [A]");

        assertThat(opened).containsExactly("https://example.org/res");
    }

    @Test
    void wheelZoomsInAboutThePointer(FxRobot robot) {
        TimeWindow before = window.timeline().windowProperty().get();
        HitMap.Box box = drawn("talks");
        double x = box.x() + 6;
        long anchorBefore = before.toTime(x - 136, window.timeline().timeAreaWidth());
        // Three notches of the wheel turned away from the user: JavaFX reports a positive deltaY.
        robot.interact(() -> window.timeline()
                .fireEvent(new javafx.scene.input.ScrollEvent(
                        javafx.scene.input.ScrollEvent.SCROLL,
                        x,
                        box.centerY(),
                        0,
                        0,
                        false,
                        false,
                        false,
                        false,
                        false,
                        false,
                        0,
                        120,
                        0,
                        120,
                        javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                        0,
                        javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE,
                        0,
                        0,
                        null)));
        WaitForAsyncUtils.waitForFxEvents();

        TimeWindow after = window.timeline().windowProperty().get();
        assertThat(after.span()).isLessThan(before.span());
        long anchorAfter = after.toTime(x - 136, window.timeline().timeAreaWidth());
        assertThat(Math.abs(anchorAfter - anchorBefore)).isLessThan(before.span() / 200);
    }

    @Test
    void keyboardZoomsPansFitsAndStepsThroughRecords(FxRobot robot) {
        robot.clickOn(window.timeline().localToScreen(700, window.timeline().getHeight() - 8));
        TimeWindow fit = window.timeline().windowProperty().get();

        robot.type(KeyCode.ADD);
        assertThat(window.timeline().windowProperty().get().span()).isLessThan(fit.span());
        robot.type(KeyCode.RIGHT);
        assertThat(window.timeline().windowProperty().get().start()).isGreaterThan(fit.start());
        robot.type(KeyCode.HOME);
        assertThat(window.timeline().windowProperty().get()).isEqualTo(fit);

        robot.type(KeyCode.TAB);
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("res");
        robot.type(KeyCode.TAB);
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("talks");
    }

    @Test
    void aBadFileShowsItsProblemsAndKeepsTheOpenDataset(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"ops-timeline/1\",\"title\":\"x\",\n\"events\":[{\"id\":1}]}");

        robot.interact(() -> window.open(bad));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#problems-text").tryQuery().isPresent());

        String text = robot.lookup("#problems-text")
                .queryAs(javafx.scene.control.TextArea.class)
                .getText();
        assertThat(text).contains(bad + ":2:").contains("missing required field \"kind\"");
        assertThat(window.datasetProperty().get()).isSameAs(dataset);
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w != window.getScene().getWindow())
                .toList()
                .forEach(Window::hide));
    }

    @Test
    void aGoodFileReplacesTheDatasetAndResetsTheView(FxRobot robot) throws Exception {
        robot.interact(() -> window.timeline().selectedIdProperty().set("res"));
        robot.interact(() -> window.open(Path.of("src/test/resources/datasets/small.json")));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != dataset);

        assertThat(window.timeline().selectedIdProperty().get()).isNull();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .contains("Small test campaign")
                .contains("4 events");
    }
}
