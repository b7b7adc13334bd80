package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up warm-up runs both halves to the end without disturbing a shown window. */
@ExtendWith(ApplicationExtension.class)
class FxWarmupTest {
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        stage.setScene(new Scene(view, 600, 300));
        stage.show();
    }

    @Test
    void warmUpFinishesItsBackgroundAndToolkitHalves() throws Exception {
        String before = System.getProperty("opstimeline.warmup");
        System.setProperty("opstimeline.warmup", "true");
        try {
            assertThat(TimelineView.warmUpAndWait(60_000)).as("both halves done").isTrue();
            assertThat(view.getScene().getWindow().isShowing()).isTrue();
        } finally {
            if (before == null) {
                System.clearProperty("opstimeline.warmup");
            } else {
                System.setProperty("opstimeline.warmup", before);
            }
        }
    }
}
