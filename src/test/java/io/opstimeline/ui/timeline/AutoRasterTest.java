package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.render.HitMap;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

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

    private void assertRecordDrawn(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        HitMap.Box box = view.hitMap().boxes().get(0);
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        PixelReader r = shot[0].getPixelReader();
        int background = r.getArgb((int) view.getWidth() - 3, (int) view.getHeight() - 3);
        int differing = 0;
        for (int x = (int) box.x(); x < box.x() + box.w() && x < view.getWidth(); x++) {
            differing += r.getArgb(x, (int) box.centerY()) != background ? 1 : 0;
        }
        assertThat(differing).as("pixels of the first record's box differ from the background").isGreaterThan(0);
    }
}
