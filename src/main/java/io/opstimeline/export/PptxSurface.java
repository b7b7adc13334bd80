package io.opstimeline.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.PrintableText;
import io.opstimeline.core.render.Surface;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFSimpleShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;

/**
 * The {@link Surface} as native PowerPoint shapes on one slide: rectangles, ellipses, lines and
 * freeforms a briefer can move and recolour, and text as text boxes they can edit (not a picture of
 * the page). PowerPoint has no clip, so drawing is cut to the current clip here: shapes are
 * intersected with it, and text wholly outside it is left out. Text is measured with the export
 * font, as for every other format.
 */
final class PptxSurface implements Surface {
    private final XSLFSlide slide;
    private final AwtSurface measurer;
    private final String family;
    private final Deque<Rectangle2D> clips = new ArrayDeque<>();
    private Color fill = Color.BLACK;
    private Color stroke = Color.BLACK;
    private double strokeWidth = 1;
    private boolean dashed;
    private FontSpec font = FontSpec.LABEL;

    PptxSurface(XSLFSlide slide, AwtSurface measurer, String family) {
        this.slide = slide;
        this.measurer = measurer;
        this.family = family;
    }

    private Rectangle2D clip() {
        return clips.peek();
    }

    /** The part of a rectangle inside the clip, or null when none is. */
    private Rectangle2D clipped(double x, double y, double w, double h) {
        Rectangle2D r = new Rectangle2D.Double(x, y, Math.max(0, w), Math.max(0, h));
        Rectangle2D c = clip();
        if (c == null) {
            return r;
        }
        Rectangle2D out = r.createIntersection(c);
        return out.getWidth() <= 0 || out.getHeight() <= 0 ? null : out;
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = AwtSurface.awt(color, alpha);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
        flush();
        stroke = AwtSurface.awt(color, alpha);
        strokeWidth = width;
    }

    @Override
    public void setLineDash(double... dashes) {
        flush();
        dashed = dashes.length > 0;
    }

    private void outline(XSLFSimpleShape s) {
        s.setLineColor(stroke);
        s.setLineWidth(strokeWidth);
        if (dashed) {
            s.setLineDash(StrokeStyle.LineDash.DASH);
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        flush();
        Rectangle2D r = clipped(x, y, w, h);
        if (r != null && fill.getAlpha() > 0) {
            XSLFAutoShape s = slide.createAutoShape();
            s.setShapeType(ShapeType.RECT);
            s.setAnchor(r);
            s.setFillColor(fill);
            s.setLineColor(null);
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        flush();
        Rectangle2D r = clipped(x, y, w, h);
        if (r != null) {
            XSLFAutoShape s = slide.createAutoShape();
            s.setShapeType(ShapeType.RECT);
            s.setAnchor(r);
            s.setFillColor(null);
            outline(s);
        }
    }

    /**
     * Segments drawn end to start in one style (a coastline, a chart's line) become one open
     * freeform instead of a connector each: a map's coasts were thousands of shapes a slide, slow to
     * write and to open, and one shape is what a briefer would want to select and recolour.
     */
    private Path2D.Double polyline;

    private double[] firstSegment;
    private int segments;
    private double polylineEndX;
    private double polylineEndY;

    /**
     * Writes the line being collected (a lone segment as a connector, as before; a chain as one
     * freeform); every other drawing call and style change comes here first.
     */
    void flush() {
        if (polyline == null) {
            return;
        }
        if (segments == 1) {
            connector(firstSegment);
        } else {
            XSLFFreeformShape f = slide.createFreeform();
            f.setPath(polyline);
            f.setFillColor(null);
            outline(f);
        }
        polyline = null;
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        double[] p = {x1, y1, x2, y2};
        Rectangle2D c = clip();
        if (c != null && !clipLine(p, c)) {
            flush();
            return;
        }
        if (polyline != null && p[0] == polylineEndX && p[1] == polylineEndY) {
            polyline.lineTo(p[2], p[3]);
            segments++;
        } else {
            flush();
            polyline = new Path2D.Double();
            polyline.moveTo(p[0], p[1]);
            polyline.lineTo(p[2], p[3]);
            firstSegment = p;
            segments = 1;
        }
        polylineEndX = p[2];
        polylineEndY = p[3];
    }

    private void connector(double[] p) {
        XSLFConnectorShape l = slide.createConnector();
        l.setShapeType(ShapeType.LINE);
        l.setAnchor(new Rectangle2D.Double(
                Math.min(p[0], p[2]), Math.min(p[1], p[3]), Math.abs(p[2] - p[0]), Math.abs(p[3] - p[1])));
        l.setFlipHorizontal(p[2] < p[0]);
        l.setFlipVertical(p[3] < p[1]);
        outline(l);
        l.setLineHeadDecoration(LineDecoration.DecorationShape.NONE);
    }

    /** Liang-Barsky: cuts the segment p to the rectangle in place; false when nothing is left. */
    static boolean clipLine(double[] p, Rectangle2D c) {
        double dx = p[2] - p[0];
        double dy = p[3] - p[1];
        double t0 = 0;
        double t1 = 1;
        double[] q = {-dx, dx, -dy, dy};
        double[] r = {p[0] - c.getMinX(), c.getMaxX() - p[0], p[1] - c.getMinY(), c.getMaxY() - p[1]};
        for (int i = 0; i < 4; i++) {
            if (q[i] == 0) {
                if (r[i] < 0) {
                    return false;
                }
                continue;
            }
            double t = r[i] / q[i];
            if (q[i] < 0) {
                t0 = Math.max(t0, t);
            } else {
                t1 = Math.min(t1, t);
            }
        }
        if (t0 > t1) {
            return false;
        }
        double x0 = p[0];
        double y0 = p[1];
        p[0] = x0 + t0 * dx;
        p[1] = y0 + t0 * dy;
        p[2] = x0 + t1 * dx;
        p[3] = y0 + t1 * dy;
        return true;
    }

    private Path2D polygon(double[] xs, double[] ys) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) {
            path.lineTo(xs[i], ys[i]);
        }
        path.closePath();
        return path;
    }

    /**
     * The polygon cut to the clip (Sutherland-Hodgman, one rectangle edge at a time): PowerPoint has
     * no clip, and a map's land reaches far past the map's frame, over the key and the page.
     */
    static double[][] clipPolygon(double[] xs, double[] ys, Rectangle2D c) {
        if (c == null || xs.length == 0) {
            return new double[][] {xs, ys};
        }
        double[] px = xs;
        double[] py = ys;
        for (int edge = 0; edge < 4 && px.length > 0; edge++) {
            java.util.List<double[]> out = new java.util.ArrayList<>();
            for (int i = 0; i < px.length; i++) {
                double ax = px[(i + px.length - 1) % px.length];
                double ay = py[(i + py.length - 1) % py.length];
                double bx = px[i];
                double by = py[i];
                boolean aIn = inside(edge, ax, ay, c);
                boolean bIn = inside(edge, bx, by, c);
                if (bIn != aIn) {
                    out.add(cross(edge, ax, ay, bx, by, c));
                }
                if (bIn) {
                    out.add(new double[] {bx, by});
                }
            }
            px = new double[out.size()];
            py = new double[out.size()];
            for (int i = 0; i < out.size(); i++) {
                px[i] = out.get(i)[0];
                py[i] = out.get(i)[1];
            }
        }
        return new double[][] {px, py};
    }

    private static boolean inside(int edge, double x, double y, Rectangle2D c) {
        return switch (edge) {
            case 0 -> x >= c.getMinX();
            case 1 -> x <= c.getMaxX();
            case 2 -> y >= c.getMinY();
            default -> y <= c.getMaxY();
        };
    }

    private static double[] cross(int edge, double ax, double ay, double bx, double by, Rectangle2D c) {
        double t;
        if (edge < 2) {
            double x = edge == 0 ? c.getMinX() : c.getMaxX();
            t = (x - ax) / (bx - ax);
            return new double[] {x, ay + t * (by - ay)};
        }
        double y = edge == 2 ? c.getMinY() : c.getMaxY();
        t = (y - ay) / (by - ay);
        return new double[] {ax + t * (bx - ax), y};
    }

    private boolean visible(Rectangle2D bounds) {
        return clip() == null || clip().intersects(bounds);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        flush();
        double[][] in = clipPolygon(xs, ys, clip());
        xs = in[0];
        ys = in[1];
        if (xs.length > 2) {
            XSLFFreeformShape f = slide.createFreeform();
            f.setPath(polygon(xs, ys));
            f.setFillColor(fill);
            f.setLineColor(null);
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        flush();
        if (xs.length > 0 && visible(polygon(xs, ys).getBounds2D())) {
            XSLFFreeformShape f = slide.createFreeform();
            f.setPath(polygon(xs, ys));
            f.setFillColor(null);
            outline(f);
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        flush();
        if (visible(new Rectangle2D.Double(x, y, w, h))) {
            XSLFAutoShape s = slide.createAutoShape();
            s.setShapeType(ShapeType.ELLIPSE);
            s.setAnchor(new Rectangle2D.Double(x, y, w, h));
            s.setFillColor(fill);
            s.setLineColor(null);
        }
    }

    @Override
    public void setFont(FontSpec spec) {
        font = spec;
        measurer.setFont(spec);
    }

    @Override
    public void fillText(String written, double x, double baselineY) {
        String text = PrintableText.oneLine(written);
        flush();
        if (text.isEmpty()) {
            return;
        }
        measurer.checkGlyphs(text);
        double w = measurer.textWidth(text);
        Rectangle2D c = clip();
        if (c != null
                && (baselineY < c.getMinY()
                        || baselineY - font.size() * 0.7 > c.getMaxY()
                        || x >= c.getMaxX()
                        || x + w <= c.getMinX())) {
            return;
        }
        XSLFTextBox box = slide.createTextBox();
        // A text box's first baseline sits about one ascent (0.93 em in DejaVu Sans) below its top.
        box.setAnchor(
                new Rectangle2D.Double(x, baselineY - font.size() * 0.93, w + font.size() * 0.6, font.size() * 1.25));
        box.setInsets(new Insets2D(0, 0, 0, 0));
        box.setWordWrap(false);
        box.setVerticalAlignment(VerticalAlignment.TOP);
        XSLFTextParagraph p = box.getTextParagraphs().isEmpty()
                ? box.addNewTextParagraph()
                : box.getTextParagraphs().get(0);
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontFamily(family);
        run.setFontSize(font.size());
        run.setBold(font.bold());
        run.setFontColor(fill);
    }

    @Override
    public double textWidth(String written) {
        String text = PrintableText.oneLine(written);
        return measurer.textWidth(text);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        flush();
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        Rectangle2D c = clip();
        clips.push(c == null ? r : r.createIntersection(c));
    }

    @Override
    public void popClip() {
        flush();
        clips.poll();
    }
}
