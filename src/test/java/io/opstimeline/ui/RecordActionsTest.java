package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The records' context menu as the table offers it, and the table keeping the selection in view. */
@ExtendWith(ApplicationExtension.class)
class RecordActionsTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("sample-data/oup-2011.json")));
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    private ContextMenu menuOn(FxRobot robot, String id) {
        robot.interact(() -> window.model().selectedIdProperty().set(id));
        WaitForAsyncUtils.waitForFxEvents();
        TableRow<?> row =
                robot.from(window.table().table()).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                        .filter(r -> r.getItem() != null
                                && id.equals(window.model()
                                        .documentProperty()
                                        .get()
                                        .records()
                                        .id((Integer) r.getItem())))
                        .findFirst()
                        .orElseThrow();
        Bounds b = row.localToScreen(row.getLayoutBounds());
        // what a right-click or the Menu key delivers to the row
        robot.interact(() -> row.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                20,
                10,
                b.getMinX() + 20,
                b.getMinY() + 10,
                false,
                null)));
        WaitForAsyncUtils.waitForFxEvents();
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no context menu"));
    }

    private static MenuItem item(ContextMenu m, String id) {
        return m.getItems().stream()
                .filter(i -> id.equals(i.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void copyCitationPutsTitleDateGradingAndSourcesOnTheClipboard(FxRobot robot) {
        Dataset d = window.datasetProperty().get();
        var e = d.events().stream()
                .filter(x -> !x.sourceIds().isEmpty() && d.grading(x).isPresent())
                .findFirst()
                .orElseThrow();
        ContextMenu menu = menuOn(robot, e.id());
        robot.interact(() -> item(menu, "copy-citation").fire());

        String copied = OddInputTest.onFx(() -> Clipboard.getSystemClipboard().getString());
        String firstSource = d.source(e.sourceIds().get(0)).orElseThrow().title();
        assertThat(copied)
                .startsWith(e.title())
                .contains(e.start().display())
                .contains("grading " + d.grading(e).get())
                .contains(firstSource)
                .contains("[" + e.id() + "]");
    }

    @Test
    void showOnlyThisKindNarrowsTheFilterAndSaysSoOnTheBar(FxRobot robot) {
        var e = window.datasetProperty().get().events().get(0);
        ContextMenu menu = menuOn(robot, e.id());
        robot.interact(() -> item(menu, "filter-kind").fire());

        assertThat(window.model().filterProperty().get().kinds()).isEqualTo(Set.of(e.kind()));
        assertThat(robot.lookup("#kind-filter")
                        .queryAs(javafx.scene.control.MenuButton.class)
                        .getText())
                .isEqualTo("Kinds (1)");
    }

    @Test
    void theSelectedRowIsScrolledToTheMiddleOfTheTable(FxRobot robot) {
        List<String> rows = window.table().shownIds();
        for (int at : new int[] {rows.size() - 1, rows.size() / 2, 0, rows.size() * 3 / 4}) {
            String id = rows.get(at);
            robot.interact(() -> window.model().selectedIdProperty().set(id));
            WaitForAsyncUtils.waitForFxEvents();

            Bounds viewport = window.table()
                    .table()
                    .lookup(".clipped-container")
                    .localToScene(
                            window.table().table().lookup(".clipped-container").getLayoutBounds());
            TableRow<?> row =
                    robot.from(window.table().table()).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                            .filter(r -> r.getIndex() == at)
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("row " + at + " not built"));
            Bounds b = row.localToScene(row.getLayoutBounds());
            assertThat(b.getMinY()).as("row %d top", at).isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
            assertThat(b.getMaxY()).as("row %d bottom", at).isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
            if (at > 5 && at < rows.size() - 5) {
                // in the middle third of the viewport, not at its edge
                double middle = (b.getMinY() + b.getMaxY()) / 2;
                assertThat(middle)
                        .as("row %d centre", at)
                        .isBetween(
                                viewport.getMinY() + viewport.getHeight() / 3,
                                viewport.getMaxY() - viewport.getHeight() / 3);
            }
        }
    }
}
