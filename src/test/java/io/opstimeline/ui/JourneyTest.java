package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The analyst's whole job, at three screen sizes, asserting on what a person sees: open the
 * bundled campaign (a copy), zoom, filter, step to every match, select in the table and the nations
 * pane, add a note, save a view, look at the export dialog, reopen, and leave every pane by keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class JourneyTest {
    private Stage stage;
    private MainWindow window;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() ->
                Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void at1280x720(FxRobot robot) throws Exception {
        journey(robot, 1280, 720);
    }

    @Test
    void at1920x1080(FxRobot robot) throws Exception {
        journey(robot, 1920, 1080);
    }

    @Test
    void at3840x2160(FxRobot robot) throws Exception {
        journey(robot, 3840, 2160);
    }

    private void journey(FxRobot robot, int width, int height) throws Exception {
        // open
        window = SampleWorkbench.open(robot, stage, tmp, width, height);
        Path data = SampleWorkbench.copyIn(tmp);
        assertThat(window.getWidth())
                .as("the workbench fits the window's width")
                .isLessThanOrEqualTo(width + 0.5);
        assertThat(window.minWidth(-1))
                .as("nothing forces the workbench wider than the screen")
                .isLessThanOrEqualTo(width);
        assertThat(Truncation.truncatedHeaders(window.table().table()))
                .as("truncated records table headers")
                .isEmpty();

        // zoom, by keyboard
        TimeWindow all = window.model().windowProperty().get();
        robot.interact(() -> window.timeline().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        assertThat(window.model().windowProperty().get().span()).isLessThan(all.span());

        // filter: From 2011-04-01 typed as ISO, a search word
        robot.interact(() -> window.filterBar().fromField().requestFocus());
        robot.write("2011-04-01");
        robot.type(KeyCode.TAB);
        robot.interact(() -> window.filterBar().searchField().setText("Misrata"));
        List<Event> matches = window.model().matchingEvents();
        assertThat(matches)
                .isNotEmpty()
                .allMatch(e -> !e.coverEnd().isBefore(java.time.Instant.parse("2011-04-01T00:00:00Z")));

        // reach every match: each is selected, inside the timeline's window and the table's viewport
        for (int i = 0; i < matches.size(); i++) {
            robot.interact(() -> window.filterBar().searchField().requestFocus());
            robot.type(KeyCode.ENTER);
            String id = window.model().selectedIdProperty().get();
            Event e = window.datasetProperty().get().event(id).orElseThrow();
            assertThat(matches).contains(e);
            TimeWindow w = window.model().windowProperty().get();
            assertThat(e.start().epochMilli())
                    .as("%s inside the timeline window", id)
                    .isBetween(w.start(), w.end());
            assertRowInViewport(robot, id);
        }

        // select in the table: the detail pane shows it
        robot.interact(() -> window.table().table().getSelectionModel().select(3));
        Event picked =
                window.datasetProperty().get().event(window.table().idAt(3)).orElseThrow();
        assertThat(window.model().selectedIdProperty().get()).isEqualTo(picked.id());
        assertThat(detailText()).contains(picked.title());
        assertRowInViewport(robot, picked.id());

        // select in the nations pane: the filter highlights its records
        robot.interact(() -> {
            window.nationsTab().getTabPane().getSelectionModel().select(window.nationsTab());
            window.nations().getSelectionModel().select(0);
        });
        assertThat(window.model().selectedNationProperty().get())
                .isEqualTo(window.datasetProperty().get().nations().get(0).id());
        assertThat(Truncation.truncatedHeaders(window.nations()))
                .as("truncated nations table headers")
                .isEmpty();
        robot.interact(
                () -> window.recordsTab().getTabPane().getSelectionModel().select(window.recordsTab()));

        // annotate the selected record (Ctrl+N): the dialog shows every label whole
        robot.interact(() -> window.model().selectedIdProperty().set(picked.id()));
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        DialogPane note = dialog(robot);
        assertThat(Truncation.truncatedLabels(note))
                .as("truncated in the note dialog")
                .isEmpty();
        robot.interact(() -> ((TextArea) note.lookup("#annotation-text")).setText("Check against the Misrata reports"));
        press(robot, note, ButtonType.OK);
        assertThat(window.annotations().store().document().onRecord(picked.id()))
                .hasSize(1);

        // save a view (Ctrl+S)
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        DialogPane save = dialog(robot);
        assertThat(Truncation.truncatedLabels(save))
                .as("truncated in the save-view dialog")
                .isEmpty();
        robot.interact(() -> ((TextField) save.lookup(".text-field")).setText("   "));
        assertThat(save.lookupButton(ButtonType.OK).isDisabled())
                .as("OK with a blank name")
                .isTrue();
        robot.interact(() -> ((TextField) save.lookup(".text-field")).setText("April, Misrata"));
        press(robot, save, ButtonType.OK);
        assertThat(window.annotations().store().document().views())
                .extracting(v -> v.name())
                .contains("April, Misrata");

        // the export dialog (Ctrl+E) opens whole, and is cancelled
        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        DialogPane export = dialog(robot);
        assertThat(export).isNotNull();
        robot.interact(() -> export.getScene().getWindow().hide());

        // focus can leave every pane (F6), the timeline included
        for (Node pane : List.of(
                window.filterBar().searchField(),
                window.timeline(),
                window.table().table())) {
            robot.interact(pane::requestFocus);
            robot.type(KeyCode.F6);
            Node now = window.getScene().getFocusOwner();
            assertThat(isInside(now, pane))
                    .as("focus left %s", pane.getClass().getSimpleName())
                    .isFalse();
        }

        // reopen: the note and the saved view are still there
        robot.interact(() -> window.open(data));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.model().selectedIdProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.annotations().store().document().onRecord(picked.id()))
                .extracting(a -> a.text())
                .containsExactly("Check against the Misrata reports");
        assertThat(window.annotations().store().document().views())
                .extracting(v -> v.name())
                .contains("April, Misrata");
    }

    private static boolean isInside(Node n, Node pane) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == pane) {
                return true;
            }
        }
        return false;
    }

    private String detailText() {
        return ((javafx.scene.control.ScrollPane) window.lookup("#detail"))
                .getContent().lookupAll(".label").stream()
                        .map(n -> ((javafx.scene.control.Label) n).getText())
                        .reduce("", (a, b) -> a + "\n" + b);
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> Window.getWindows().stream()
                        .anyMatch(w -> w != stage
                                && w.getScene() != null
                                && w.getScene().getRoot() instanceof DialogPane));
        return (DialogPane) Window.getWindows().stream()
                .filter(w -> w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .findFirst()
                .orElseThrow()
                .getScene()
                .getRoot();
    }

    private static void press(FxRobot robot, DialogPane pane, ButtonType type) {
        Button b = (Button) pane.getButtonTypes().stream()
                .filter(t -> t.getButtonData() == type.getButtonData())
                .map(pane::lookupButton)
                .findFirst()
                .orElseThrow();
        robot.interact(b::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertRowInViewport(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        Node clip = window.table().table().lookup(".clipped-container");
        Bounds viewport = clip.localToScene(clip.getLayoutBounds());
        TableRow<?> row =
                robot.from(window.table().table()).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                        .filter(r -> r.isVisible()
                                && r.getItem() instanceof Integer record
                                && window.model()
                                        .documentProperty()
                                        .get()
                                        .records()
                                        .id(record)
                                        .equals(id))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(id + ": no row shown"));
        Bounds b = row.localToScene(row.getLayoutBounds());
        assertThat(b.getMinY())
                .as("%s row top in the table viewport", id)
                .isGreaterThanOrEqualTo(viewport.getMinY() - 0.5);
        assertThat(b.getMaxY())
                .as("%s row bottom in the table viewport", id)
                .isLessThanOrEqualTo(viewport.getMaxY() + 0.5);
    }
}
