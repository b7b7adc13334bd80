package io.opstimeline.ui.timeline;

import io.opstimeline.core.render.HitMap;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a timeline shows on screen, read back from a snapshot of the view. */
final class TimelinePixels {
    private TimelinePixels() {
    }

    static PixelReader snapshot(FxRobot robot, TimelineView view) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        return shot[0].getPixelReader();
    }

    /** Pixels along the middle of the first record's box that differ from the view's bottom-right background. */
    static int firstRecordPixels(FxRobot robot, TimelineView view) {
        PixelReader r = snapshot(robot, view);
        HitMap.Box box = view.hitMap().boxes().get(0);
        int background = r.getArgb((int) view.getWidth() - 3, (int) view.getHeight() - 3);
        int differing = 0;
        for (int x = (int) box.x(); x < box.x() + box.w() && x < view.getWidth(); x++) {
            differing += r.getArgb(x, (int) box.centerY()) != background ? 1 : 0;
        }
        return differing;
    }
}
