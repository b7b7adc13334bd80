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
    /** A disc of radius r in {@code fill} over a disc {@code ring} wider in {@code ringColor}, composed as paint would. */
    static Image ringedDisc(Color fill, Color ringColor, double r, double ring) {
        int n = size(r + ring);
        int[] argb = new int[n * n];
        double c = n / 2.0;
        for (int y = 0; y < n; y++) {
            double dy = y + 0.5 - c;
            for (int x = 0; x < n; x++) {
                double dx = x + 0.5 - c;
                double d = Math.sqrt(dx * dx + dy * dy);
                double top = fill.getOpacity() * coverage(r, d);
                double under = ring > 0 ? ringColor.getOpacity() * coverage(r + ring, d) : 0;
                double alpha = top + under * (1 - top); // source over
                if (alpha <= 0) {
                    continue;
                }
                double red = (fill.getRed() * top + ringColor.getRed() * under * (1 - top)) / alpha;
                double green = (fill.getGreen() * top + ringColor.getGreen() * under * (1 - top)) / alpha;
                double blue = (fill.getBlue() * top + ringColor.getBlue() * under * (1 - top)) / alpha;
                argb[y * n + x] = channel(alpha) << 24 | channel(red) << 16 | channel(green) << 8 | channel(blue);
            }
        }
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        return img;
    }

    /** How much of a pixel whose centre lies {@code d} from the centre a disc of radius r covers, about. */
    private static double coverage(double r, double d) {
        return Math.max(0, Math.min(1, r + 0.5 - d));
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
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
