package io.opstimeline.core.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;

/** A surface that draws nothing but measures text like another; for trial layouts. */
final class MeasureOnly implements Surface {
    private final Surface measurer;

    MeasureOnly(Surface measurer) {
        this.measurer = measurer;
    }

    @Override
    public void setFill(Rgb color, double alpha) {
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
    }

    @Override
    public void setLineDash(double... dashes) {
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void setFont(FontSpec font) {
        measurer.setFont(font);
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
    }

    @Override
    public double textWidth(String text) {
        return measurer.textWidth(text);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
    }

    @Override
    public void popClip() {
    }
}
