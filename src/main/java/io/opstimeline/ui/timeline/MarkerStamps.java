package io.opstimeline.ui.timeline;

import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a point marker (the timeline's diamond, the map's disc) once per colour and size, with
 * 4x4 supersampled edges, for {@link FxSurface} to stamp: the software pipeline blits an image far
 * faster than it rasterises a path.
 */
final class MarkerStamps {
    private static final int SAMPLES = 4;

    private MarkerStamps() {}

    /** Image side in pixels for half-width r: the marker plus a pixel of soft edge each side. */
    static int size(double r) {
        return (int) Math.ceil(2 * r) + 2;
    }

    static Image diamond(Color color, double r) {
        return render(color, r, false);
    }

    static Image disc(Color color, double r) {
        return render(color, r, true);
    }

    private static Image render(Color color, double r, boolean round) {
        int n = size(r);
        WritableImage img = new WritableImage(n, n);
        PixelWriter w = img.getPixelWriter();
        double c = n / 2.0;
        double r2 = r * r;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                int inside = 0;
                for (int sy = 0; sy < SAMPLES; sy++) {
                    for (int sx = 0; sx < SAMPLES; sx++) {
                        double px = x + (sx + 0.5) / SAMPLES - c;
                        double py = y + (sy + 0.5) / SAMPLES - c;
                        if (round ? px * px + py * py <= r2 : Math.abs(px) + Math.abs(py) <= r) {
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
