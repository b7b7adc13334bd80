package io.opstimeline.ui.timeline;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.PrintableText;
import io.opstimeline.core.render.Surface;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** The screen's {@link Surface}: a JavaFX Canvas. Text widths are cached; measuring is the slow part. */
public final class FxSurface implements Surface {
    private static final int WIDTH_CACHE = 20_000;
    private final GraphicsContext g;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Text measure = new Text();
    private final Map<String, Double> widths = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
            return size() > WIDTH_CACHE;
        }
    };
    private final Map<Color, Image> diamonds = new HashMap<>();
    private static final double MAX_STAMPED_RADIUS = 40;
    private static final int MAX_DISC_STAMPS = 1024;
    private final Map<RingedDiscKey, Image> ringedDiscs = new HashMap<>();
    private FontSpec font = FontSpec.LABEL;
    private Color fill = Color.BLACK;
    private boolean dashed;

    public FxSurface(GraphicsContext g) {
        this.g = g;
        setFont(FontSpec.LABEL);
    }

    private static Color fx(Rgb c, double alpha) {
        return Color.rgb(c.red(), c.green(), c.blue(), alpha);
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = fx(color, alpha);
        g.setFill(fill);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
        g.setStroke(fx(color, alpha));
        g.setLineWidth(width);
    }

    @Override
    public void setLineDash(double... dashes) {
        dashed = dashes.length > 0;
        g.setLineDashes(dashed ? dashes : null);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        double w = g.getLineWidth();
        if (!dashed && (x1 == x2 || y1 == y2)) {
            // Grid and lane lines are axis-aligned: as rectangles they skip the software
            // rasteriser's general stroking path, which cost most of a frame (profiled).
            g.setFill(g.getStroke());
            if (x1 == x2) {
                g.fillRect(x1 - w / 2, Math.min(y1, y2), w, Math.abs(y2 - y1));
            } else {
                g.fillRect(Math.min(x1, x2), y1 - w / 2, Math.abs(x2 - x1), w);
            }
            g.setFill(fill);
            return;
        }
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        g.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        g.strokePolygon(xs, ys, xs.length);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int count) {
        g.strokePolyline(xs, ys, count);
    }

    /**
     * Stamps a pre-rendered, anti-aliased diamond image: the software pipeline blits an image far
     * faster than it rasterises a path, and a frame holds hundreds of these markers.
     */
    @Override
    public void fillDiamond(double cx, double cy, double r) {
        Image stamp = diamonds.computeIfAbsent(fill, c -> MarkerStamps.diamond(c, r));
        if (stamp.getWidth() != MarkerStamps.size(r)) {
            stamp = MarkerStamps.diamond(fill, r);
        }
        double half = stamp.getWidth() / 2;
        g.drawImage(stamp, Math.round(cx) - half, Math.round(cy) - half);
    }

    /**
     * Disc and ring stamped as one pre-rendered image, as {@link #fillDiamond} stamps: a map frame
     * holds hundreds of markers, and one blit costs less than rasterising two ovals. The sizes are
     * kept to half a pixel, which no reader can tell apart, so the stamps stay few.
     */
    @Override
    public void fillRingedDisc(
            double cx,
            double cy,
            double r,
            double ring,
            Rgb fillColor,
            double fillAlpha,
            Rgb ringColor,
            double ringAlpha) {
        setFill(fillColor, fillAlpha);
        if (r + ring > MAX_STAMPED_RADIUS) {
            Surface.super.fillRingedDisc(cx, cy, r, ring, fillColor, fillAlpha, ringColor, ringAlpha);
            return;
        }
        if (ringedDiscs.size() > MAX_DISC_STAMPS) {
            ringedDiscs.clear();
        }
        RingedDiscKey key =
                new RingedDiscKey(fill, fx(ringColor, ringAlpha), (int) Math.round(r * 2), (int) Math.round(ring * 2));
        Image stamp = ringedDiscs.computeIfAbsent(
                key, k -> MarkerStamps.ringedDisc(k.fill(), k.ring(), k.halfPixels() / 2.0, k.ringHalfPixels() / 2.0));
        double half = stamp.getWidth() / 2;
        g.drawImage(stamp, Math.round(cx - half), Math.round(cy - half));
    }

    private record RingedDiscKey(Color fill, Color ring, int halfPixels, int ringHalfPixels) {}

    @Override
    public void fillOval(double x, double y, double w, double h) {
        g.fillOval(x, y, w, h);
    }

    @Override
    public void setFont(FontSpec spec) {
        font = spec;
        g.setFont(fonts.computeIfAbsent(spec, FxSurface::toFont));
    }

    static Font toFont(FontSpec spec) {
        return Font.font("System", spec.bold() ? FontWeight.BOLD : FontWeight.NORMAL, spec.size());
    }

    @Override
    public void fillText(String written, double x, double baselineY) {
        String text = PrintableText.oneLine(written);
        g.fillText(text, x, baselineY);
    }

    @Override
    public double textWidth(String written) {
        String text = PrintableText.oneLine(written);
        String key = font.size() + (font.bold() ? "b" : "n") + text;
        Double w = widths.get(key);
        if (w == null) {
            measure.setFont(fonts.computeIfAbsent(font, FxSurface::toFont));
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void popClip() {
        g.restore();
        // restore() also resets the font and paints; keep the font we believe is current
        g.setFont(fonts.computeIfAbsent(font, FxSurface::toFont));
    }
}
