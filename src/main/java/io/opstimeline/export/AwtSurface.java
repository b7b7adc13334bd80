package io.opstimeline.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.PrintableText;
import io.opstimeline.core.render.Surface;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The {@link Surface} over Java2D: one adapter for PNG (a BufferedImage), SVG (JFreeSVG) and PDF
 * (PdfBoxGraphics2D). Text widths come from the font itself with fractional metrics, not from the
 * target, so all three lay a page out identically.
 */
public final class AwtSurface implements Surface {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final Graphics2D g;
    private final Map<FontSpec, Font> fonts = new HashMap<>();
    private final Deque<Shape> clips = new ArrayDeque<>();
    private final ExportFonts family;
    private final UnaryOperator<String> forDrawing;
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private float strokeWidth = 1;
    private float[] dashes;
    private Font font;

    public AwtSurface(Graphics2D g, ExportFonts family) {
        this(g, family, UnaryOperator.identity());
    }

    /**
     * @param forDrawing what a string becomes before {@code g} draws it: the identity for Java2D,
     *                   which shapes text itself; joined and reordered right-to-left text for a
     *                   PDF, whose library does not ({@link RightToLeftText})
     */
    AwtSurface(Graphics2D g, ExportFonts family, UnaryOperator<String> forDrawing) {
        this.g = g;
        this.family = family;
        this.forDrawing = forDrawing;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setComposite(AlphaComposite.SrcOver);
        setFont(FontSpec.LABEL);
    }

    /** Our colour with an alpha clamped to 0..1, as Java2D and POI take it. */
    static Color awt(Rgb c, double alpha) {
        return new Color(c.red(), c.green(), c.blue(), (int) Math.round(Math.max(0, Math.min(1, alpha)) * 255));
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = awt(color, alpha);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
        stroke = awt(color, alpha);
        strokeWidth = (float) width;
    }

    @Override
    public void setLineDash(double... d) {
        if (d.length == 0) {
            dashes = null;
            return;
        }
        dashes = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            dashes[i] = (float) d[i];
        }
    }

    private void draw(Shape shape) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke(strokeWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, dashes, 0));
        g.draw(shape);
    }

    private void fill(Shape shape) {
        g.setColor(fill);
        g.fill(shape);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        draw(new Line2D.Double(x1, y1, x2, y2));
    }

    private static Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        if (xs.length > 0) {
            fill(polygon(xs, ys));
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        if (xs.length > 0) {
            draw(polygon(xs, ys));
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fill(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void setFont(FontSpec spec) {
        font = fonts.computeIfAbsent(spec, family::font);
    }

    /** Characters drawn so far that the export font has no glyph for, and one text they were in. */
    private final java.util.Set<Integer> missing = new java.util.TreeSet<>();

    private String missingExample;

    /** Notes the characters of {@code text} the current font cannot draw. */
    void checkGlyphs(String text) {
        int at = font.canDisplayUpTo(text);
        while (at >= 0 && at < text.length()) {
            int cp = text.codePointAt(at);
            if (!font.canDisplay(cp)) {
                missing.add(cp);
                missingExample = missingExample == null ? text : missingExample;
            }
            at += Character.charCount(cp);
        }
    }

    /** Throws if any text drawn had characters the export font cannot show (they would print as boxes). */
    void failOnMissingGlyphs() throws MissingGlyphsException {
        if (!missing.isEmpty()) {
            throw new MissingGlyphsException(family.family(), missing, missingExample);
        }
    }

    @Override
    public void fillText(String written, double x, double baselineY) {
        String text = PrintableText.oneLine(written);
        if (text.isEmpty()) {
            return;
        }
        checkGlyphs(text);
        g.setFont(font);
        g.setColor(fill);
        g.drawString(forDrawing.apply(text), (float) x, (float) baselineY);
    }

    @Override
    public double textWidth(String written) {
        String text = PrintableText.oneLine(written);
        return font.getStringBounds(text, FRC).getWidth();
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(g.getClip() == null ? NO_CLIP : g.getClip());
        g.clip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void popClip() {
        Shape previous = clips.poll();
        g.setClip(previous == null || previous == NO_CLIP ? null : previous);
    }

    private static final Shape NO_CLIP = new Rectangle2D.Double();
}
