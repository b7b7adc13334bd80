package io.opstimeline.ui.timeline;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Renders the point marker once per colour, with 4x4 supersampled edges, for {@link FxSurface}. */
final class DiamondStamps {
    private static final int SAMPLES = 4;

    private DiamondStamps() {}

    /** Image side in pixels for half-width r: the diamond plus a pixel of soft edge each side. */
    static int size(double r) {
        return (int) Math.ceil(2 * r) + 2;
    }

    static Image render(Color color, double r) {
        int n = size(r);
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        double c = n / 2.0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double px = x + (sx + 0.5) / SAMPLES - c;
                        double py = y + (sy + 0.5) / SAMPLES - c;
                        if (Math.abs(px) + Math.abs(py) <= r) {
                            inside++;
                        }
                    }
                }
                double coverage = inside / (double) (SAMPLES * SAMPLES);
                w.setColor(
                        x,
                        y,
                        new Color(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity() * coverage));
            }
        }
        return img;
    }
}
