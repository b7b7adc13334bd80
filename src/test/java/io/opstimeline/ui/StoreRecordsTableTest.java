package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An items file (a store, no dataset) in the Records tab and under the filter bar. */
@ExtendWith(ApplicationExtension.class)
class StoreRecordsTableTest {
    private static final int N = 300;

    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path file = dir.resolve("items-300.json");
        try (Writer w = Files.newBufferedWriter(file)) {
            PeerGenerator.writeJson(N, PeerGenerator.DEFAULT_SEED, w);
        }
        window = new MainWindow(url -> {}, TestSettings.fresh());
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
        window.open(file);
    }

    private TableView<Integer> table(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.table().table().getItems().size() == N);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#records").queryTableView();
    }

    private ItemStore store() {
        return window.timeline().storeProperty().get();
    }

    private List<String> shownIds(TableView<Integer> table) {
        List<String> ids = new ArrayList<>();
        for (int row : table.getItems()) {
            ids.add(store().id(row));
        }
        return ids;
    }

    private List<String> idsWithTitleContaining(String text) {
        List<String> ids = new ArrayList<>();
        for (int r = 0; r < store().size(); r++) {
            if (store().title(r).toLowerCase(Locale.ROOT).contains(text)) {
                ids.add(store().id(r));
            }
        }
        return ids;
    }

    @Test
    void theRecordsTabShowsEveryItemOfTheFileByStartTime(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);

        assertThat(table.isVisible()).isTrue();
        assertThat(table.getScene()).isNotNull();
        long previous = Long.MIN_VALUE;
        for (int row : table.getItems()) {
            assertThat(store().start(row)).isGreaterThanOrEqualTo(previous);
            previous = store().start(row);
        }
        int first = table.getItems().get(0);
        // what a user reads in the first row: its ISO start in UTC, its group and title
        robot.lookup(".table-row-cell").nth(0).query();
        assertThat(robot.lookup(store().title(first)).tryQuery()).isPresent();
        assertThat(robot.lookup(java.time.Instant.ofEpochMilli(store().start(first))
                                        .toString()
                                        .substring(0, 19) + "Z")
                        .tryQuery())
                .isPresent();
        assertThat(robot.lookup(".table-bar .label").queryAs(Label.class).getText())
                .isEqualTo("300 of 300 records");
    }

    @Test
    void clickingARowSelectsItOnTheTimelineAndBringsItIntoView(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);
        // look elsewhere first: the row's record is outside the window
        robot.interact(() -> window.timeline()
                .windowProperty()
                .set(new TimeWindow(PeerGenerator.END + 86_400_000L * 30, PeerGenerator.END + 86_400_000L * 40)));
        int row = table.getItems().get(1);
        String id = store().id(row);

        robot.clickOn(store().title(row));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> window.timeline().hitMap().boxOf(id).isPresent());

        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo(id);
        TimeWindow w = window.timeline().windowProperty().get();
        assertThat(store().start(row)).isBetween(w.start(), w.end());
        // the detail pane reads the record: its title, its group and its id
        Node detail = robot.lookup("#detail").query();
        assertThat(robot.from(detail).lookup(store().title(row)).tryQuery()).isPresent();
        assertThat(robot.from(detail)
                        .lookup(store().lane(store().laneOf(row)).label())
                        .tryQuery())
                .isPresent();
        assertThat(robot.from(detail).lookup("Id: " + id).tryQuery()).isPresent();

        // and back: a record chosen on the timeline is the table's selected row
        int other = table.getItems().get(200);
        robot.interact(() -> window.timeline().selectedIdProperty().set(store().id(other)));
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(other);
    }

    @Test
    void typingASearchNarrowsTheRowsAndDimsOrHidesTheRestOnTheTimeline(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);
        List<String> expected = idsWithTitleContaining("strikes 1");
        assertThat(expected).isNotEmpty().hasSizeLessThan(N / 4);

        robot.clickOn("#search").write("Strikes 1");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownIds(table)).containsExactlyInAnyOrderElementsOf(expected);
        RowMask mask = window.timeline().filterProperty().get();
        assertThat(mask.mode()).isEqualTo(RowMask.Mode.DIM);
        assertThat(mask.rows().cardinality()).isEqualTo(expected.size());
        // the long form where the field has room beside the typed text, else the short one
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText())
                .isIn(expected.size() + " of 300 match", expected.size() + "/300");

        robot.clickOn(robot.lookup("#hide-others").queryAs(ToggleButton.class));
        robot.interact(() -> window.timeline()
                .windowProperty()
                .set(new TimeWindow(PeerGenerator.START, PeerGenerator.START + 86_400_000L * 60)));
        robot.interact(() -> window.timeline().redraw());

        assertThat(window.model().modeProperty().get()).isEqualTo(FilterMode.HIDE);
        assertThat(window.timeline().hitMap().boxes()).isNotEmpty();
        assertThat(window.timeline().hitMap().boxes())
                .extracting(HitMap.Box::eventId)
                .allMatch(expected::contains);
        assertThat(shownIds(table)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theKindsMenuOffersTheFileGroupsAndNarrowsToOne(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);

        robot.clickOn("#kind-filter");
        robot.clickOn(robot.from(robot.lookup(".context-menu").queryAll())
                .lookup("Strikes")
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(N);
        for (int row : table.getItems()) {
            assertThat(store().kindId(row)).isEqualTo("strikes");
        }
        assertThat(window.model().filterProperty().get().kinds()).isEqualTo(Set.of("strikes"));
    }

    @Test
    void clickingTheEndHeaderSortsByEndAndAgainReversesIt(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);

        robot.clickOn("End");
        List<Integer> rows = new ArrayList<>(table.getItems());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(store().end(rows.get(i))).isGreaterThanOrEqualTo(store().end(rows.get(i - 1)));
        }
        robot.clickOn("End");
        assertThat(table.getItems()).hasSize(N);
        assertThat(store().end(table.getItems().get(0))).isEqualTo(store().end(rows.get(N - 1)));
    }

    @Test
    void followingTheWindowListsOnlyWhatTheTimelineShows(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);
        TimeWindow w = new TimeWindow(PeerGenerator.START + 86_400_000L * 30, PeerGenerator.START + 86_400_000L * 40);
        robot.interact(() -> window.timeline().windowProperty().set(w));

        robot.clickOn("#follow-window");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() < N);

        assertThat(table.getItems()).isNotEmpty();
        for (int row : table.getItems()) {
            assertThat(w.overlaps(store().start(row), store().end(row))).isTrue();
        }
    }

    @Test
    void enterInTheSearchStepsThroughTheMatchingRows(FxRobot robot) throws Exception {
        TableView<Integer> table = table(robot);
        robot.clickOn("#search").write("Syria 1");
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(javafx.scene.input.KeyCode.ENTER);
        String first = store().id(table.getItems().get(0));
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo(first);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(window.timeline().selectedIdProperty().get())
                .isEqualTo(store().id(table.getItems().get(1)));
        assertThat(store().title(table.getSelectionModel().getSelectedItem())).startsWith("Syria 1");
    }

    @Test
    void openingADatasetAfterwardsBringsBackTheDatasetTable(FxRobot robot) throws Exception {
        table(robot);
        // an items file has no series: the chart and overview give their room to the lanes
        Node chart = window.chart();
        assertThat(chart.getScene()).as("no series chart for an items file").isNull();
        robot.interact(() -> {
            try {
                window.datasetProperty()
                        .set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        // the same Records table, now with the dataset's records and the columns only a dataset fills
        assertThat(window.table().shownIds()).containsExactly("res", "talks", "month", "fall");
        assertThat(window.table().table().getColumns().stream()
                        .filter(c -> c.getText().equals("Sources"))
                        .findFirst()
                        .orElseThrow()
                        .isVisible())
                .isTrue();
        assertThat(window.timeline().filterProperty().get()).isNull();
        assertThat(chart.getScene())
                .as("a dataset brings the series chart back")
                .isNotNull();
        assertThat(chart.isVisible()).isTrue();
        assertThat(robot.lookup("#overview").query().isManaged()).isTrue();
    }
}
