package io.opstimeline.ui.timeline;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Renders a point marker (the timeline's diamond, the map's disc) once per colour and size, with
 * anti-aliased edges, for {@link FxSurface} to stamp: the software pipeline blits an image far
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
        return render(color, r);
    }

    /**
     * A disc with its edge's coverage computed from each pixel centre's distance to the circle,
     * written in one call: a map frame may need a few dozen new sizes and colours, and sampling each
     * pixel sixteen times through the pixel writer cost more than the frame itself.
     */
    static Image disc(Color color, double r) {
        int n = size(r);
        int[] argb = new int[n * n];
        double c = n / 2.0;
        int rgb = (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
        for (int y = 0; y < n; y++) {
            double dy = y + 0.5 - c;
            for (int x = 0; x < n; x++) {
                double dx = x + 0.5 - c;
                double coverage = Math.max(0, Math.min(1, r + 0.5 - Math.sqrt(dx * dx + dy * dy)));
                int alpha = (int) Math.round(color.getOpacity() * coverage * 255);
                argb[y * n + x] = alpha << 24 | rgb;
            }
        }
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        return img;
    }

    private static Image render(Color color, double r) {
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
