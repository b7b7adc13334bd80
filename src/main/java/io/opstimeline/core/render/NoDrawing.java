package io.opstimeline.core.render;

import io.opstimeline.core.model.Rgb;

/**
 * A surface whose drawing calls do nothing, for layout trials and warm-ups: subclasses say how
 * text is measured and override the calls they want to see.
 */
public abstract class NoDrawing implements Surface {
    @Override
    public void setFill(Rgb color, double alpha) {}

    @Override
    public void setStroke(Rgb color, double alpha, double width) {}

    @Override
    public void setLineDash(double... dashes) {}

    @Override
    public void fillRect(double x, double y, double w, double h) {}

    @Override
    public void strokeRect(double x, double y, double w, double h) {}

    @Override
    public void line(double x1, double y1, double x2, double y2) {}

    @Override
    public void fillPolygon(double[] xs, double[] ys) {}

    @Override
    public void strokePolygon(double[] xs, double[] ys) {}

    @Override
    public void fillOval(double x, double y, double w, double h) {}

    @Override
    public void fillText(String text, double x, double baselineY) {}

    @Override
    public void pushClip(double x, double y, double w, double h) {}

    @Override
    public void popClip() {}
}
