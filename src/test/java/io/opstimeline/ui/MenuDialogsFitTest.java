package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.ui.importer.ImportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
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
 * Every dialog the menus open fits a 1280x720 screen: on it whole, title to buttons, its content
 * scrolling rather than squeezed. Without a window manager nothing else keeps it there (the CSV
 * import dialog opened 734 px tall, its top above the screen).
 */
@ExtendWith(ApplicationExtension.class)
class MenuDialogsFitTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 720);

    @TempDir
    Path tmp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // the headless screen is 3840x2160: the owner names the room of a 1280x720 one
        stage.getProperties().put(Dialogs.ROOM, SCREEN);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), SCREEN.getWidth(), SCREEN.getHeight()));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() ->
                Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
    }

    @Test
    void menuDialogsFitTheScreen(FxRobot robot) throws Exception {
        openSample(robot);
        List<String> misfits = new ArrayList<>();
        for (String command : List.of(
                "Help > Keyboard shortcuts",
                "Help > About Ops Timeline",
                "Help > User guide",
                "File > Export\u2026",
                "Annotate > All annotations\u2026",
                "Annotate > Note at a date or range\u2026",
                "View > Time zone > Other zone\u2026")) {
            MenuItem item = menuItem(command);
            // later, not inside interact: several of these wait in showAndWait until their dialog closes
            javafx.application.Platform.runLater(item::fire);
            misfits.addAll(misfits(robot, command));
        }
        assertThat(misfits).as("dialogs that do not fit 1280x720").isEmpty();
    }

    @Test
    void csvImportDialogFitsTheScreen(FxRobot robot) throws Exception {
        openSample(robot); // the workbench's theme, as in the app, and its window as the owner
        Path csv = tmp.resolve("events.csv");
        List<String> header =
                List.of("start", "end", "title", "kind", "nation", "source", "place", "lat", "lon", "notes");
        Files.writeString(csv, String.join(",", header) + "\n");
        robot.interact(() -> {
            ImportDialog dialog = new ImportDialog(csv, header);
            dialog.initOwner(stage);
            dialog.show();
        });
        assertThat(misfits(robot, "File > Import CSV")).isEmpty();
    }

    @Test
    void problemsDialogFitsTheScreen(FxRobot robot) throws Exception {
        openSample(robot);
        List<LoadProblem> problems = IntStream.range(0, 200)
                .mapToObj(i -> new LoadProblem("bad.json", i + 1, 3, "expected a date, found \"soon\""))
                .toList();
        robot.interact(() -> ProblemsDialog.create(stage, "bad.json", problems).show());
        assertThat(misfits(robot, "Problems")).isEmpty();
    }

    private void openSample(FxRobot robot) throws Exception {
        Path data = tmp.resolve("oup-2011.json");
        Files.copy(Path.of("sample-data/oup-2011.json"), data);
        robot.interact(() -> {
            window = new MainWindow(url -> {}, TestSettings.fresh());
            stage.setScene(new Scene(window, SCREEN.getWidth(), SCREEN.getHeight()));
            stage.setX(0);
            stage.setY(0);
        });
        robot.interact(() -> window.open(data));
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** "Help > Keyboard shortcuts" found in the menu bar by its words (mnemonic marks ignored). */
    private MenuItem menuItem(String path) {
        String[] steps = path.split(" > ");
        List<MenuItem> items = new ArrayList<>(window.menuBar().getMenus());
        MenuItem found = null;
        for (String step : steps) {
            found = items.stream()
                    .filter(i ->
                            i.getText() != null && i.getText().replace("_", "").equals(step))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + path));
            items = found instanceof Menu m ? new ArrayList<>(m.getItems()) : List.of();
        }
        return found;
    }

    /** What is wrong with the dialog now showing: off the screen, or its content squeezed; then closed. */
    private List<String> misfits(FxRobot robot, String command) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialogWindow() != null);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> out = new ArrayList<>();
        robot.interact(() -> {
            Window w = dialogWindow();
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            pane.applyCss();
            pane.layout();
            String where = String.format(
                    "%s: %.0fx%.0f at %.0f,%.0f", command, w.getWidth(), w.getHeight(), w.getX(), w.getY());
            if (w.getX() < SCREEN.getMinX()
                    || w.getY() < SCREEN.getMinY()
                    || w.getX() + w.getWidth() > SCREEN.getMaxX() + 0.5
                    || w.getY() + w.getHeight() > SCREEN.getMaxY() + 0.5) {
                out.add(where + " is not inside 1280x720");
            }
            Node content = pane.getContent();
            if (content != null && content.getLayoutBounds().getHeight() < content.minHeight(-1) - 0.5) {
                out.add(where + ": content squeezed to "
                        + content.getLayoutBounds().getHeight() + " of " + content.minHeight(-1)
                        + " px, its lower part cut");
            }
            for (Node b : pane.lookupAll(".button-bar .button")) {
                Bounds at = b.localToScene(b.getLayoutBounds());
                if (b instanceof Button button && at.getMaxY() > w.getScene().getHeight() + 0.5) {
                    out.add(where + ": button " + button.getText() + " below the window");
                }
            }
            w.hide();
        });
        return out;
    }

    private Window dialogWindow() {
        return Window.getWindows().stream()
                .filter(w -> w != stage
                        && w.isShowing()
                        && w.getScene() != null
                        && w.getScene().getRoot() instanceof DialogPane)
                .findFirst()
                .orElse(null);
    }
}
