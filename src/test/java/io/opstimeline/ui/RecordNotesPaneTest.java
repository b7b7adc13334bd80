package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.ui.annotate.RecordNotesPane;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A record's notes in the side pane as wide as a 1280 px window leaves it: every note and button whole. */
@ExtendWith(ApplicationExtension.class)
class RecordNotesPaneTest {
    private RecordNotesPane pane;

    @Start
    void start(Stage stage) {
        pane = new RecordNotesPane(() -> {}, a -> {}, a -> {});
        stage.setScene(new Scene(new StackPane(pane), 330, 500));
        stage.show();
    }

    @Test
    void aLongNoteAndItsButtonsAreShownWholeInANarrowPane(FxRobot robot) {
        Annotation note = Annotation.onRecord(
                "n1",
                "misrata-siege",
                "Port is the only route in or out; a very long note that keeps going to see whether the"
                        + " pane cuts it or wraps it properly across lines, as a briefer writes them",
                Rgb.parse("#e8a317"));

        robot.interact(() -> pane.show(true, List.of(note)));
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> assertThat(Truncation.truncatedLabels(pane)).isEmpty());
    }
}
