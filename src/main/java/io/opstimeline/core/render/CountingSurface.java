package io.opstimeline.core.render;

/**
 * A surface that makes no pixels and counts what it was asked to draw. Text widths are a fixed
 * advance per character, so layout runs its real course (labels fit, overflow, badges).
 */
public final class CountingSurface extends NoDrawing {
    private long rects;
    private long texts;
    private long diamonds;
    private double advance = 6.5;

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
    public void fillRect(double x, double y, double w, double h) {
        rects++;
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rects++;
    }

    @Override
    public void fillDiamond(double cx, double cy, double r) {
        diamonds++;
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
}
