package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control a person can reach or operate in the workbench has a name a screen reader can
 * say: its own accessible text, or for a button or check box a label with words in it (an arrow
 * or a bare number says nothing). The timeline names its lanes, records and badges itself.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    private static boolean interactive(Node n) {
        return n instanceof ButtonBase
                || n instanceof TextInputControl
                || n instanceof ComboBoxBase
                || n instanceof TableView
                || n instanceof ListView
                || n instanceof TreeView
                || n instanceof ScrollPane
                || n instanceof Control && n.isFocusTraversable();
    }

    private static boolean named(Node n) {
        String text = n.getAccessibleText();
        if (text != null && text.codePoints().anyMatch(Character::isLetter)) {
            return true;
        }
        return n instanceof ButtonBase
                && ((Labeled) n).getText() != null
                && ((Labeled) n).getText().codePoints().anyMatch(Character::isLetter);
    }

    private static void walk(Node n, List<String> unnamed) {
        if (n instanceof TimelineView || !n.isVisible()) {
            return; // the timeline names its lanes, records and badges on demand (TimelineReachTest)
        }
        if (interactive(n) && !named(n)) {
            unnamed.add(n.getClass().getSimpleName()
                    + (n.getId() == null ? "" : "#" + n.getId())
                    + (n instanceof Labeled ? " \"" + ((Labeled) n).getText() + "\"" : ""));
        }
        if (n instanceof TabPane) {
            for (Tab t : ((TabPane) n).getTabs()) {
                if (t.getContent() != null) {
                    walk(t.getContent(), unnamed);
                }
            }
        } else if (n instanceof ScrollPane) {
            if (((ScrollPane) n).getContent() != null) {
                walk(((ScrollPane) n).getContent(), unnamed);
            }
        } else if (n instanceof SplitPane) {
            ((SplitPane) n).getItems().forEach(item -> walk(item, unnamed));
        } else if (!(n instanceof Control) && n instanceof Parent) {
            // a control's skin parts (a table's header, a scroll bar) are the control's to name
            ((Parent) n).getChildrenUnmodifiable().forEach(child -> walk(child, unnamed));
        }
    }

    @Test
    void everyControlAPersonCanReachHasAName(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unnamed = new ArrayList<>();
        robot.interact(() -> walk(window, unnamed));
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
    }
}
