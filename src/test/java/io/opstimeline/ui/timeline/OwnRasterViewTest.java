package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Rgb;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline with {@code -Dopstimeline.raster=own}: records, text and overlays reach the image on screen. */
@ExtendWith(ApplicationExtension.class)
class OwnRasterViewTest {
    private TimelineView view;

    @Start
    void start(Stage stage) throws Exception {
        String before = System.getProperty(RasterLayer.PROPERTY);
        System.setProperty(RasterLayer.PROPERTY, "own");
        try {
            view = new TimelineView();
        } finally {
            if (before == null) {
                System.clearProperty(RasterLayer.PROPERTY);
            } else {
                System.setProperty(RasterLayer.PROPERTY, before);
            }
        }
        view.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        stage.setScene(new Scene(view, 900, 500));
        stage.show();
    }

    @Test
    void recordsAndOverlaysArePaintedIntoTheShownImage(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.pixelsNode()).isInstanceOf(ImageView.class);
        robot.interact(() -> view.overlays().add((s, f) -> {
            s.setFill(new Rgb(255, 0, 0), 1);
            s.fillRect(f.x0() + 5, f.top() + f.height() - 12, 20, 10);
        }));
        assertThat(TimelinePixels.firstRecordPixels(robot, view)).as("pixels inside the record's box").isGreaterThan(0);
        PixelReader r = TimelinePixels.snapshot(robot, view);
        int overlay = r.getArgb((int) (io.opstimeline.core.render.TimelinePainter.GUTTER + 10), (int) (view.getHeight() - 7));
        assertThat(overlay).isEqualTo(0xFFFF0000);
        // gutter text: the lane names leave dark pixels in the gutter
        int dark = 0;
        for (int y = 40; y < view.getHeight() - 20; y++) {
            for (int x = 20; x < 120; x++) {
                dark += (r.getArgb(x, y) & 0xFF) < 100 ? 1 : 0;
            }
        }
        assertThat(dark).isGreaterThan(50);
    }
}
