package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The default rasteriser choice: the Canvas until the warm-up has made the own rasteriser's glyphs,
 * then (software pipeline, scale 1, as here) the own rasteriser; and back, with the picture whole
 * after each switch.
 */
@ExtendWith(ApplicationExtension.class)
class AutoRasterTest {
    private TimelineView view;

    @Start
    void start(Stage stage) throws Exception {
        view = new TimelineView();
        view.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    @Test
    void switchesToTheOwnRasteriserOnceWarmAndKeepsThePicture(FxRobot robot) {
        String before = System.getProperty("opstimeline.warmup");
        try {
            System.setProperty("opstimeline.warmup", "false"); // as a test JVM runs: no warm-up, the Canvas
            robot.interact(view::redraw);
            assertThat(view.pixelsNode()).isInstanceOf(Canvas.class);
            assertRecordDrawn(robot);

            System.setProperty("opstimeline.warmup", "true");
            robot.interact(() -> {
                RasterLayer.markWarm(); // what the warm-up does when its frames are drawn
                view.redraw();
            });
            assertThat(view.pixelsNode()).isInstanceOf(ImageView.class);
            assertThat(view.getChildrenUnmodifiable()).containsExactly(view.pixelsNode());
            assertRecordDrawn(robot);

            System.setProperty("opstimeline.warmup", "false");
            robot.interact(view::redraw);
            assertThat(view.pixelsNode()).isInstanceOf(Canvas.class);
            assertThat(view.getChildrenUnmodifiable()).containsExactly(view.pixelsNode());
            assertRecordDrawn(robot);
        } finally {
            if (before == null) {
                System.clearProperty("opstimeline.warmup");
            } else {
                System.setProperty("opstimeline.warmup", before);
            }
        }
    }

    @Test
    void aFailureOfTheOwnRasteriserHandsTheTimelineToTheCanvas(FxRobot robot) {
        String before = System.getProperty("opstimeline.warmup");
        try {
            System.setProperty("opstimeline.warmup", "true");
            robot.interact(() -> {
                RasterLayer.markWarm();
                // a fault planted in the own rasteriser's frames only
                view.overlays().add((s, f) -> {
                    if (s instanceof io.opstimeline.core.raster.RasterSurface) {
                        throw new IllegalStateException("planted fault");
                    }
                });
                view.redraw();
            });
            assertThat(view.pixelsNode()).isInstanceOf(Canvas.class);
            assertRecordDrawn(robot);
            robot.interact(view::redraw);
            assertThat(view.pixelsNode()).as("no second try").isInstanceOf(Canvas.class);
        } finally {
            if (before == null) {
                System.clearProperty("opstimeline.warmup");
            } else {
                System.setProperty("opstimeline.warmup", before);
            }
        }
    }

    private void assertRecordDrawn(FxRobot robot) {
        assertThat(TimelinePixels.firstRecordPixels(robot, view))
                .as("pixels of the first record's box differ from the background").isGreaterThan(0);
    }
}
