package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opstimeline.core.load.DatasetLoader;
import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Choosing the Map tab gives the map half the window; leaving it gives the table its height back. */
@ExtendWith(ApplicationExtension.class)
class MapTabRoomTest {
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("sample-data/oup-2011.json")));
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    private TabPane tabs() {
        return (TabPane) window.lookupAll(".tab-pane").stream()
                .filter(n -> ((TabPane) n)
                        .getTabs().stream().anyMatch(t -> t.getText().equals("Map")))
                .findFirst()
                .orElseThrow();
    }

    private Tab tab(String name) {
        return tabs().getTabs().stream()
                .filter(t -> t.getText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private SplitPane workbenchSplit() {
        return window.lookupAll(".split-pane").stream()
                .map(n -> (SplitPane) n)
                .filter(s -> s.getOrientation() == Orientation.VERTICAL
                        && s.getItems().contains(tabs()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMapTabGetsHalfTheHeightAndTheTableItsOwnBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double before = workbenchSplit().getDividerPositions()[0];

        robot.interact(() -> tabs().getSelectionModel().select(tab("Map")));
        double withMap = workbenchSplit().getDividerPositions()[0];
        robot.interact(() -> tabs().getSelectionModel().select(tab("Records")));
        double after = workbenchSplit().getDividerPositions()[0];

        assertThat(before).as("the default leaves the lower pane a third").isGreaterThan(0.6);
        assertThat(withMap).isCloseTo(0.5, within(0.01));
        assertThat(after).isCloseTo(before, within(0.01));
    }
}
