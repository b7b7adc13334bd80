package io.opstimeline.core.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;

/**
 * A {@link Surface} that moves and scales everything drawn through it onto another, so a painter
 * that draws from (0,0) at screen size can fill a box on a page. Line widths and fonts scale too.
 */
public final class TransformSurface implements Surface {
    private final Surface target;
    private final double dx;
    private final double dy;
    private final double scale;

    public TransformSurface(Surface target, double dx, double dy, double scale) {
        this.target = target;
        this.dx = dx;
        this.dy = dy;
        this.scale = scale;
    }

    private double x(double v) {
        return dx + v * scale;
    }

    private double y(double v) {
        return dy + v * scale;
    }

    private double[] xs(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = x(v[i]);
        }
        return out;
    }

    private double[] ys(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = y(v[i]);
        }
        return out;
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        target.setFill(color, alpha);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
        target.setStroke(color, alpha, width * scale);
    }

    @Override
    public void setLineDash(double... dashes) {
        double[] d = dashes.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= scale;
        }
        target.setLineDash(d);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        target.fillRect(x(x), y(y), w * scale, h * scale);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        target.strokeRect(x(x), y(y), w * scale, h * scale);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        target.line(x(x1), y(y1), x(x2), y(y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        target.fillPolygon(xs(xs), ys(ys));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        target.strokePolygon(xs(xs), ys(ys));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        target.fillOval(x(x), y(y), w * scale, h * scale);
    }

    @Override
    public void setFont(FontSpec font) {
        target.setFont(new FontSpec(font.size() * scale, font.bold()));
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        target.fillText(text, x(x), y(baselineY));
    }

    @Override
    public double textWidth(String text) {
        return target.textWidth(text) / scale;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        target.pushClip(x(x), y(y), w * scale, h * scale);
    }

    @Override
    public void popClip() {
        target.popClip();
    }
}
