package io.opstimeline.core.render;

import io.opstimeline.core.layout.Clusters;
import io.opstimeline.core.model.Rgb;

/** Count badges: a pill in the lane colour with the count in white, registered for clicks. */
final class Badges {
    static final double HEIGHT = 16;
    private static final double PAD = 6;
    private static final Rgb WHITE = Rgb.parse("#ffffff");

    private Badges() {}

    static double width(Surface s, int count) {
        s.setFont(FontSpec.SMALL);
        return s.textWidth(Clusters.compact(count)) + 2 * PAD;
    }

    /** Draws a badge with its left edge at x and vertical centre at midY. */
    static void draw(
            Surface s,
            HitMap hits,
            Rgb color,
            double alpha,
            int count,
            long from,
            long to,
            double x,
            double midY,
            double w,
            int lane,
            int[] rows) {
        double y = Math.round(midY - HEIGHT / 2);
        x = Math.round(x);
        w = Math.round(w);
        // Three opaque whole-pixel rectangles make a pill with softened corners: rectangles are the
        // software rasteriser's fast path, ovals cost it a shape each (profiled).
        s.setFill(color, 1);
        s.fillRect(x + 2, y, w - 4, HEIGHT);
        s.fillRect(x + 1, y + 1, w - 2, HEIGHT - 2);
        s.fillRect(x, y + 2, w, HEIGHT - 4);
        s.setFont(FontSpec.SMALL);
        s.setFill(WHITE, 1);
        s.fillText(Clusters.compact(count), x + PAD, midY + 4);
        hits.addCluster(count, from, to, x, y, w, HEIGHT, lane, rows);
    }
}
