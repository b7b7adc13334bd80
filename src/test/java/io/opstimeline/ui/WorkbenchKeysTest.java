package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The keyboard way through the workbench: accelerators, the shortcut list, F6 between panes, Help and Print. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchKeysTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream()
                .filter(w -> w != window.getScene().getWindow())
                .toList()
                .forEach(Window::hide));
    }

    /** Commands, leaving out the lists that grow with use (recent files, saved views). */
    private List<MenuItem> commands() {
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : window.menuBar().getMenus()) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(Menu m, List<MenuItem> out) {
        if (m.getText().contains("Recent")
                || m.getText().contains("Go to")
                || m.getText().contains("Delete")) {
            return;
        }
        for (MenuItem i : m.getItems()) {
            if (i instanceof Menu sub) {
                collect(sub, out);
            } else if (!(i instanceof SeparatorMenuItem)
                    && !(m.getText().contains("zone") && i.getAccelerator() == null)) {
                out.add(i);
            }
        }
    }

    @Test
    void everyMenuCommandHasItsOwnAcceleratorAndTheShortcutListShowsIt(FxRobot robot) {
        List<MenuItem> commands = commands();
        assertThat(commands).hasSizeGreaterThan(20);
        Set<String> keys = new HashSet<>();
        for (MenuItem i : commands) {
            assertThat(i.getAccelerator()).as(i.getText()).isNotNull();
            assertThat(keys.add(i.getAccelerator().getName()))
                    .as("accelerator of %s used twice", i.getText())
                    .isTrue();
        }
        List<String> listed = KeyboardShortcuts.fromMenus(window.menuBar()).stream()
                .map(KeyboardShortcuts.Shortcut::keys)
                .toList();
        for (MenuItem i : commands) {
            assertThat(listed).contains(i.getAccelerator().getDisplayText());
        }
    }

    @Test
    void f6MovesFocusRoundThePanesAndShiftF6Back(FxRobot robot) {
        robot.interact(() -> window.filterBar().searchField().requestFocus());
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.F6);
            visited.add(paneOf(window.getScene().getFocusOwner()));
        }
        assertThat(visited).containsExactly("timeline", "detail", "lower", "filter");
        robot.press(KeyCode.SHIFT).type(KeyCode.F6).release(KeyCode.SHIFT);
        assertThat(paneOf(window.getScene().getFocusOwner())).isEqualTo("lower");
    }

    private String paneOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == window.timeline()) {
                return "timeline";
            }
            if ("detail".equals(p.getId())) {
                return "detail";
            }
            if (p == window.filterBar()) {
                return "filter";
            }
            if (p == window.table() || p == window.nations()) {
                return "lower";
            }
        }
        return String.valueOf(n);
    }

    @Test
    void viewLegendOfSymbolsShowsAndHidesTheTimelinesLegend(FxRobot robot) {
        boolean before = window.timeline().legendVisibleProperty().get();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);

        assertThat(window.timeline().legendVisibleProperty().get()).isEqualTo(!before);
    }

    @Test
    void theUserGuideIsBundledAndOpensWithoutANetwork(FxRobot robot) {
        assertThat(UserGuide.text()).startsWith("# Ops Timeline user guide").contains("From** and **To**");
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#user-guide")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .contains("Search and filter");
    }

    @Test
    void printWithNoPrinterSaysSoPlainly(FxRobot robot) {
        // the headless test toolkit has no printer, as a machine without one
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String text = robot.lookup("#error-text")
                .queryAs(javafx.scene.control.Label.class)
                .getText();
        assertThat(text).isEqualTo(PrintBriefing.NO_PRINTER);
        assertThat(Window.getWindows().stream()
                        .anyMatch(w -> w instanceof Stage s && "Unexpected error".equals(s.getTitle())))
                .isFalse();
    }
}
