package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.map.MarkerGroup;
import io.opstimeline.core.map.PlaceRecords;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.map.MapPane;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map tab of the workbench, linked to the timeline's window, selection and filter. */
@ExtendWith(ApplicationExtension.class)
class MapTabTest {
    private static final TimeWindow CAMPAIGN = new TimeWindow(
            Instant.parse("2011-02-01T00:00:00Z").toEpochMilli(),
            Instant.parse("2011-11-15T00:00:00Z").toEpochMilli());
    private MainWindow window;
    private MapPane map;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("sample-data/oup-2011.json")));
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
        TabPane tabs = (TabPane) window.lookupAll(".tab-pane").stream()
                .filter(n -> ((TabPane) n)
                        .getTabs().stream().anyMatch(t -> t.getText().equals("Map")))
                .findFirst()
                .orElseThrow();
        tabs.getSelectionModel()
                .select(tabs.getTabs().stream()
                        .filter(t -> t.getText().equals("Map"))
                        .findFirst()
                        .orElseThrow());
        window.lookupAll(".split-pane").stream()
                .map(n -> (SplitPane) n)
                .filter(s -> s.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .forEach(s -> s.setDividerPositions(0.35));
        window.model().windowProperty().set(CAMPAIGN);
    }

    private MapPane map(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        map = robot.lookup(".map-pane").queryAs(MapPane.class);
        return map;
    }

    private MarkerGroup markerOf(String placeId) {
        return map.markers().stream()
                .filter(g -> g.places().stream().anyMatch(p -> p.place().id().equals(placeId)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void clickingAPlaceSelectsItsRecordOnTheTimelineAndClickingAgainStepsOn(FxRobot robot) {
        MarkerGroup misrata = markerOf(map(robot).markers().isEmpty() ? "none" : "misrata");
        var origin = map.localToScreen(misrata.x(), misrata.y());

        robot.clickOn(origin);
        WaitForAsyncUtils.waitForFxEvents();
        String first = window.timeline().selectedIdProperty().get();
        robot.clickOn(origin);
        WaitForAsyncUtils.waitForFxEvents();
        String second = window.timeline().selectedIdProperty().get();

        assertThat(misrata.records()).extracting(e -> e.id()).contains(first, second);
        assertThat(second).isNotEqualTo(first);
    }

    /**
     * A user who clicks on empty map and presses the arrow keys or + pans and zooms the map; the
     * keys must not go to the tab headers (they switched to the Nations tab) or anywhere else.
     */
    @Test
    void afterAClickOnTheMapItsKeysPanAndZoomIt(FxRobot robot) {
        map(robot);
        var empty = map.localToScreen(map.getWidth() - 40, map.getHeight() / 2);
        robot.clickOn(empty);
        WaitForAsyncUtils.waitForFxEvents();
        var before = map.view();

        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        var panned = map.view();
        robot.type(javafx.scene.input.KeyCode.EQUALS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.isFocused()).as("the map has the keyboard after a click").isTrue();
        assertThat(panned.centerLon()).as("right arrow pans east").isGreaterThan(before.centerLon());
        assertThat(map.view().pixelsPerDegree()).as("= zooms in").isGreaterThan(panned.pixelsPerDegree());
        assertThat(map.isVisible() && map.getScene() != null).isTrue();
    }

    @Test
    void theMapShowsOnlyTheTimelinesWindow(FxRobot robot) {
        map(robot);
        robot.interact(() -> window.model()
                .windowProperty()
                .set(new TimeWindow(
                        Instant.parse("2011-10-15T00:00:00Z").toEpochMilli(),
                        Instant.parse("2011-10-25T00:00:00Z").toEpochMilli())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.markers())
                .flatExtracting(MarkerGroup::places)
                .extracting(p -> p.place().id())
                .contains("sirte")
                .doesNotContain("misrata", "brega");
    }

    @Test
    void aHidingKindFilterTakesItsRecordsOffTheMap(FxRobot robot) {
        int before =
                map(robot).markers().stream().mapToInt(MarkerGroup::recordCount).sum();
        robot.interact(() -> {
            window.model().modeProperty().set(FilterMode.HIDE);
            window.model()
                    .filterProperty()
                    .set(window.model().filterProperty().get().withKinds(Set.of("battle")));
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(map.markers())
                .isNotEmpty()
                .flatExtracting(MarkerGroup::places)
                .flatExtracting(PlaceRecords::events)
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo("battle"));
        assertThat(map.markers().stream().mapToInt(MarkerGroup::recordCount).sum())
                .isLessThan(before);
    }

    @Test
    void restingOnAPlaceListsItsRecords(FxRobot robot) {
        map(robot);
        robot.interact(() -> map.fitTo(new io.opstimeline.core.map.GeoBounds(15.5, 30.5, 17.5, 31.8)));
        MarkerGroup sirte = markerOf("sirte");

        robot.moveTo(map.localToScreen(sirte.x(), sirte.y()));
        WaitForAsyncUtils.waitForFxEvents();

        Label hover = robot.lookup(".map-hover").queryAs(Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).startsWith("Sirte — 8 records").contains("Battle of Sirte");
    }

    @Test
    void playingMovesTheTimelinesWindowAndPausingLeavesItThere(FxRobot robot) {
        map(robot);
        TimeWindow march = new TimeWindow(
                Instant.parse("2011-03-01T00:00:00Z").toEpochMilli(),
                Instant.parse("2011-03-15T00:00:00Z").toEpochMilli());
        robot.interact(() -> {
            window.model().windowProperty().set(march);
            robot.lookup("#map-speed")
                    .queryAs(javafx.scene.control.ComboBox.class)
                    .setValue(8.0);
        });

        robot.clickOn("#map-play");
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.clickOn("#map-play");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow paused = window.model().windowProperty().get();
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(paused.start()).isGreaterThan(march.start());
        assertThat(paused.span()).isEqualTo(march.span());
        assertThat(window.timeline().windowProperty().get()).isEqualTo(paused);
        assertThat(window.model().windowProperty().get()).isEqualTo(paused);
    }

    @Test
    void playingTheCampaignAsItOpensPlaysItInsteadOfStoppingAtOnce(FxRobot robot) {
        map(robot);
        TimeWindow opened = window.model().windowProperty().get();
        robot.interact(() -> robot.lookup("#map-speed")
                .queryAs(javafx.scene.control.ComboBox.class)
                .setValue(8.0));

        robot.clickOn("#map-play");
        WaitForAsyncUtils.sleep(800, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        boolean stillPlaying = robot.lookup("#map-play")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected();
        robot.clickOn("#map-play");
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow paused = window.model().windowProperty().get();

        assertThat(stillPlaying).as("still playing after 0.8 s").isTrue();
        assertThat(paused.span()).isLessThan(opened.span() / 5);
        assertThat(paused.start()).isGreaterThan(opened.start());
    }
}
