package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.ParticipationOverlay;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bundled campaign on the timeline, as an analyst reaches it: what the match count promises is
 * drawn or listed by a badge, a record chosen elsewhere comes into view, the keyboard gets in and
 * out, Clear clears the nation's band.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineReachTest {
    private static final Set<String> FRENCH_STRIKE_REPORTS = Set.of("harmattan-first-strikes", "apache-first-strikes");
    private MainWindow window;
    private Stage stage;
    private Dataset dataset;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        dataset = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        window = new MainWindow(u -> {}, TestSettings.fresh());
        window.datasetProperty().set(dataset);
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private TimelineView timeline() {
        return window.timeline();
    }

    private void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> timeline().redraw());
    }

    private void frenchStrikeReportsOnly(FxRobot robot) {
        robot.interact(() -> {
            window.model().modeProperty().set(FilterMode.HIDE);
            window.model()
                    .filterProperty()
                    .set(EventFilter.NONE.withKinds(Set.of("strike-report")).withNations(Set.of("FRA")));
        });
        settle(robot);
        assertThat(window.model().matchingEvents())
                .extracting(Event::id)
                .containsExactlyInAnyOrderElementsOf(FRENCH_STRIKE_REPORTS);
    }

    private Optional<HitMap.ClusterBox> badgeListing(String id) {
        HitMap hits = timeline().hitMap();
        return hits.clusters().stream()
                .filter(c -> Arrays.stream(hits.rowsOf(c))
                        .anyMatch(r -> hits.store().id(r).equals(id)))
                .findFirst();
    }

    private static ContextMenu openMenu(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no list opened"));
    }

    @Test
    void whatTheMatchCountPromisesIsDrawnOrListedAtEachScreenSize(FxRobot robot) {
        frenchStrikeReportsOnly(robot);
        // (the headless screen is 1920x1080; 3840 px wide frames are held by LaneFoldingProperties)
        for (int[] size : new int[][] {{1280, 720}, {1600, 900}, {1920, 1080}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
                timeline().fitAll();
            });
            settle(robot);
            // the 3 June record sits alone in its stretch of the lane: it is drawn, not folded
            assertThat(timeline().hitMap().boxes())
                    .extracting(HitMap.Box::eventId)
                    .as("at %dx%d", size[0], size[1])
                    .containsExactlyInAnyOrderElementsOf(FRENCH_STRIKE_REPORTS);
        }
    }

    @Test
    void aFoldedRecordIsListedByItsBadgeAndChoosingItShowsIt(FxRobot robot) {
        // the whole campaign at 1280x720 with lanes by nation: 19 one-row lanes, many records folded
        robot.interact(() -> window.model().laneModeProperty().set(Lanes.Mode.NATION));
        settle(robot);
        HitMap hits = timeline().hitMap();
        TimeWindow w = timeline().windowProperty().get();
        List<String> folded = new java.util.ArrayList<>();
        for (int lane = 0; lane < hits.store().laneCount(); lane++) {
            for (int r : hits.store().query(lane, w.start(), w.end())) {
                String id = hits.store().id(r);
                if (hits.boxes().stream()
                        .noneMatch(b -> b.eventId().equals(id)
                                && hits.lanes().get(hits.store().laneOf(r)).contains(b.centerY()))) {
                    int row = r;
                    assertThat(hits.clusters())
                            .as("%s in lane %d is drawn or listed", id, lane)
                            .anyMatch(c -> Arrays.stream(hits.rowsOf(c)).anyMatch(x -> x == row));
                    folded.add(id);
                }
            }
        }
        assertThat(folded).as("something is folded at this size").isNotEmpty();
        String id = folded.get(0);
        HitMap.ClusterBox badge = badgeListing(id).orElseThrow();
        robot.clickOn(timeline().localToScreen(badge.centerX(), badge.centerY()));
        ContextMenu list = openMenu(robot);
        assertThat(list.getItems()).hasSize(badge.count());
        MenuItem item = list.getItems().stream()
                .filter(i -> i.getText().contains(dataset.event(id).get().title()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> {
            item.fire();
            list.hide();
        });
        settle(robot);
        assertThat(window.model().selectedIdProperty().get()).isEqualTo(id);
        assertThat(timeline().hitMap().boxOf(id)).as("%s drawn once chosen", id).isPresent();
    }

    @Test
    void aRecordSelectedElsewhereIsBroughtIntoTheWindowAndMarkedOnTheChart(FxRobot robot) {
        Event harmattan = dataset.event("harmattan-first-strikes").orElseThrow();
        long oct = dataset.event("sirte-falls")
                .map(e -> e.start().instant().toEpochMilli())
                .orElse(harmattan.start().instant().toEpochMilli() + 200 * 86_400_000L);
        robot.interact(() -> window.model().windowProperty().set(new TimeWindow(oct, oct + 3 * 86_400_000L)));
        settle(robot);
        assertThat(timeline().hitMap().boxOf(harmattan.id())).isEmpty();

        robot.interact(() -> window.model().selectedIdProperty().set(harmattan.id())); // as the table does
        settle(robot);

        long t = harmattan.start().instant().toEpochMilli();
        TimeWindow w = timeline().windowProperty().get();
        assertThat(w.start()).isLessThanOrEqualTo(t);
        assertThat(w.end()).isGreaterThan(t);
        assertThat(w.span()).as("panned, not zoomed: it was not folded").isEqualTo(3 * 86_400_000L);
        assertThat(timeline().hitMap().boxOf(harmattan.id())).isPresent();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.chart().markedX()).as("the chart marks its date").isNotNaN();
    }

    @Test
    void tabLeavesTheTimelineAfterItsLastRecordAndShiftTabBeforeItsFirst(FxRobot robot) {
        settle(robot);
        int stops = timeline().hitMap().boxes().size()
                + timeline().hitMap().clusters().size();
        robot.interact(() -> timeline().requestFocus());
        for (int i = 0; i < stops; i++) {
            robot.type(KeyCode.TAB);
            assertThat(timeline().isFocused()).as("stop %d of %d", i + 1, stops).isTrue();
        }
        robot.type(KeyCode.TAB);
        assertThat(timeline().isFocused())
                .as("Tab after the last stop moves on")
                .isFalse();

        robot.interact(() -> {
            timeline().requestFocus();
            timeline().selectedIdProperty().set(null);
            timeline().focusedBadgeProperty().set(null);
        });
        robot.press(KeyCode.SHIFT);
        try {
            for (int i = 0; i < stops; i++) {
                robot.type(KeyCode.TAB);
            }
            assertThat(timeline().isFocused()).isTrue();
            robot.type(KeyCode.TAB);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        assertThat(timeline().isFocused())
                .as("Shift+Tab before the first stop moves back")
                .isFalse();
    }

    @Test
    void aScreenReaderCanTellRecordsAndLanesApart(FxRobot robot) {
        robot.interact(() -> {
            window.model().laneModeProperty().set(Lanes.Mode.NATION);
            window.model().selectedIdProperty().set("harmattan-first-strikes");
        });
        settle(robot);
        String[] read = new String[2];
        robot.interact(() -> {
            read[0] = (String) timeline().queryAccessibleAttribute(AccessibleAttribute.TEXT);
            read[1] = (String) timeline().queryAccessibleAttribute(AccessibleAttribute.HELP);
        });
        assertThat(read[0]).startsWith("Record: Operation Harmattan").contains("19 Mar 2011");
        assertThat(read[1])
                .contains("United States (")
                .contains("United Kingdom (")
                .contains("United Arab Emirates (");
    }

    @Test
    void clearLeavesNoNationBandOrHighlight(FxRobot robot) {
        robot.interact(() -> window.model().selectedNationProperty().set("FRA"));
        settle(robot);
        assertThat(timeline().overlays()).anyMatch(o -> o instanceof ParticipationOverlay);

        robot.clickOn("Clear");
        settle(robot);

        assertThat(timeline().overlays()).noneMatch(o -> o instanceof ParticipationOverlay);
        assertThat(window.model().selectedNationProperty().get()).isNull();
        assertThat(robot.lookup("#nations").queryTableView().getSelectionModel().getSelectedItems())
                .isEmpty();
    }

    @Test
    void theLegendShowsEverySymbolWhole(FxRobot robot) {
        settle(robot);
        javafx.scene.Node legend = robot.lookup("#timeline-legend").query();
        assertThat(legend.isVisible()).as("off until asked for").isFalse();
        robot.interact(() -> timeline().requestFocus());
        robot.type(KeyCode.L);
        assertThat(legend.isVisible()).isTrue();
        List<javafx.scene.control.Label> labels =
                robot.lookup("#timeline-legend .label").queryAllAs(javafx.scene.control.Label.class).stream()
                        .toList();
        assertThat(labels)
                .extracting(javafx.scene.control.Label::getText)
                .hasSize(5)
                .anyMatch(t -> t.startsWith("uncertain"))
                .anyMatch(t -> t.startsWith("records folded"));
        for (javafx.scene.control.Label l : labels) {
            assertThat(l.getWidth()).as(l.getText()).isGreaterThanOrEqualTo(l.prefWidth(-1) - 0.5);
        }
        robot.interact(() -> timeline().legendVisibleProperty().set(false));
        assertThat(legend.isVisible()).isFalse();
    }

    @Test
    void rightClickOnARecordOffersTheSameMenuAsTheTable(FxRobot robot) {
        settle(robot);
        HitMap.Box box = timeline()
                .hitMap()
                .boxOf("harmattan-first-strikes")
                .orElseGet(() -> timeline().hitMap().boxes().get(0));
        robot.rightClickOn(timeline().localToScreen(Math.max(box.x(), 140) + 3, box.centerY()));
        ContextMenu menu = openMenu(robot);
        List<String> items = menu.getItems().stream()
                .map(MenuItem::getText)
                .filter(t -> t != null)
                .toList();
        robot.interact(menu::hide);

        assertThat(window.model().selectedIdProperty().get()).isEqualTo(box.eventId());
        assertThat(items).contains("Copy citation", "Copy id").anyMatch(t -> t.startsWith("Show only kind"));
    }

    @Test
    void aRecordTheFilterHidesIsPannedToButNotZoomedInOn(FxRobot robot) {
        frenchStrikeReportsOnly(robot);
        long span = timeline().windowProperty().get().span();
        robot.interact(() -> window.model().selectedIdProperty().set("unscr-1970")); // a decision: hidden
        settle(robot);

        assertThat(timeline().windowProperty().get().span()).isEqualTo(span);
    }

    @Test
    void aRecordInALaneScrolledOutOfSightIsScrolledIntoIt(FxRobot robot) {
        robot.interact(() -> window.model().laneModeProperty().set(Lanes.Mode.NATION));
        settle(robot);
        javafx.scene.control.ScrollPane scroller =
                robot.lookup(".timeline-scroller").queryAs(javafx.scene.control.ScrollPane.class);
        assertThat(timeline().getHeight())
                .as("19 lanes do not fit at 1280x720")
                .isGreaterThan(scroller.getViewportBounds().getHeight());
        // the last drawn record of the lowest lane with one
        HitMap.Box low = timeline().hitMap().boxes().stream()
                .max(java.util.Comparator.comparingDouble(HitMap.Box::y))
                .orElseThrow();
        robot.interact(() -> {
            scroller.setVvalue(0);
            window.model().selectedIdProperty().set(null);
        });
        settle(robot);

        robot.interact(() -> window.model().selectedIdProperty().set(low.eventId()));
        settle(robot);
        WaitForAsyncUtils.waitForFxEvents();

        HitMap.Box box = timeline().hitMap().boxOf(low.eventId()).orElseThrow();
        double top = scroller.getVvalue()
                * (timeline().getHeight() - scroller.getViewportBounds().getHeight());
        assertThat(box.y()).isGreaterThanOrEqualTo(top);
        assertThat(box.y() + box.h())
                .isLessThanOrEqualTo(top + scroller.getViewportBounds().getHeight());
    }
}
