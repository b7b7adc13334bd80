package io.opstimeline.ui;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A page rendered by the export (AWT pixels, ARGB) as a JavaFX image, for printing and the clipboard. */
public final class FxImages {
    private FxImages() {}

    /** {@code argb} holds {@code width} x {@code height} pixels, row by row. */
    public static WritableImage fromArgb(int[] argb, int width, int height) {
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
