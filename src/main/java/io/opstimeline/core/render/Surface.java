package io.opstimeline.core.render;

import io.opstimeline.core.model.Rgb;

/**
 * The drawing calls the painters need, and nothing else. The screen (JavaFX Canvas) and every
 * export format implement this, so what is exported is what was seen (JFreeChart's Drawable idea).
 * Text is drawn at a baseline; state (fill, stroke, font) persists until changed.
 */
public interface Surface {
    void setFill(Rgb color, double alpha);

    void setStroke(Rgb color, double alpha, double width);

    /** Dash lengths in pixels; none for a solid line. */
    void setLineDash(double... dashes);

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void line(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys);

    void strokePolygon(double[] xs, double[] ys);

    void fillOval(double x, double y, double w, double h);

    /**
     * An open line through the points in the current stroke: a coast of a thousand points is one
     * path, where a thousand {@link #line} calls would each be set up and rasterised alone.
     */
    default void polyline(double[] xs, double[] ys, int count) {
        for (int i = 0; i + 1 < count; i++) {
            line(xs[i], ys[i], xs[i + 1], ys[i + 1]);
        }
    }

    /**
     * A filled diamond of half-width {@code r} centred on (cx, cy) in the current fill: the point
     * marker, drawn hundreds of times a frame, so a backend may stamp it instead of filling a path.
     */
    default void fillDiamond(double cx, double cy, double r) {
        fillPolygon(new double[] {cx, cx + r, cx, cx - r}, new double[] {cy - r, cy, cy + r, cy});
    }

    /**
     * A disc of radius {@code r} in {@code fill} on a disc {@code ring} wider in {@code ringColor}:
     * the map's marker with its outline, one stamp where a backend stamps. Leaves {@code fill} as
     * the current fill.
     */
    default void fillRingedDisc(
            double cx, double cy, double r, double ring, Rgb fill, double fillAlpha, Rgb ringColor, double ringAlpha) {
        setFill(ringColor, ringAlpha);
        fillOval(cx - r - ring, cy - r - ring, 2 * (r + ring), 2 * (r + ring));
        setFill(fill, fillAlpha);
        fillOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    void setFont(FontSpec font);

    void fillText(String text, double x, double baselineY);

    /** Width of the text in the current font, in the surface's units. */
    double textWidth(String text);

    /** Restricts drawing to a rectangle until the matching {@link #popClip()}. */
    void pushClip(double x, double y, double w, double h);

    void popClip();
}
