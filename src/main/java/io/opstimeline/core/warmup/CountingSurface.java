package io.opstimeline.core.warmup;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;

/**
 * A surface that makes no pixels and counts what it was asked to draw. Text widths are a fixed
 * advance per character, so layout runs its real course (labels fit, overflow, badges).
 */
public final class CountingSurface implements Surface {
    int frames;
    long rects;
    long texts;
    long diamonds;
    private double advance = 6.5;

    public int frames() {
        return frames;
    }

    public long rects() {
        return rects;
    }

    public long texts() {
        return texts;
    }

    public long diamonds() {
        return diamonds;
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
        rects++;
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rects++;
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
    public void fillDiamond(double cx, double cy, double r) {
        diamonds++;
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
    }

    @Override
    public void setFont(FontSpec font) {
        advance = font.size() * 0.55;
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        texts++;
    }

    @Override
    public double textWidth(String text) {
        return text.length() * advance;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
    }

    @Override
    public void popClip() {
    }
}
