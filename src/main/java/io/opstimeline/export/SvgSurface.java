package io.opstimeline.export;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.PrintableText;
import io.opstimeline.core.render.Surface;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * The {@link Surface} as SVG: every call becomes one element, text a {@code <text>} element (so it
 * stays searchable and selectable) and lines {@code <line>} or {@code <path>}. The Surface is small
 * enough that writing SVG directly is shorter than adapting a Graphics2D library, and keeps the
 * export free of copyleft code. Text is measured with the same font as the PNG and PDF pages.
 */
public final class SvgSurface implements Surface {
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder defs = new StringBuilder();
    private final Deque<Integer> openClips = new ArrayDeque<>();
    private final AwtSurface measurer;
    private final double width;
    private final double height;
    private String fill = "fill=\"#000000\"";
    private String stroke = "stroke=\"#000000\" stroke-width=\"1\"";
    private String dash = "";
    private FontSpec font = FontSpec.LABEL;
    private int clipCount;

    /** @param measurer measures text in the export font; it draws nothing */
    public SvgSurface(double width, double height, AwtSurface measurer) {
        this.width = width;
        this.height = height;
        this.measurer = measurer;
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String colour(String attr, Rgb c, double alpha) {
        String s = attr + "=\"" + c.hex() + "\"";
        return alpha >= 1 ? s : s + " " + attr + "-opacity=\"" + n(Math.max(0, alpha)) + "\"";
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = colour("fill", color, alpha);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double w) {
        stroke = colour("stroke", color, alpha) + " stroke-width=\"" + n(w) + "\"";
    }

    @Override
    public void setLineDash(double... dashes) {
        if (dashes.length == 0) {
            dash = "";
            return;
        }
        StringBuilder b = new StringBuilder(" stroke-dasharray=\"");
        for (int i = 0; i < dashes.length; i++) {
            b.append(i == 0 ? "" : ",").append(n(dashes[i]));
        }
        dash = b.append('"').toString();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h).append(fill).append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h).append("fill=\"none\" ").append(stroke).append(dash).append("/>\n");
    }

    /** A rectangle's element up to its paint attributes. */
    private StringBuilder rect(double x, double y, double w, double h) {
        return body.append("<rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\" ");
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"")
                .append(n(x1))
                .append("\" y1=\"")
                .append(n(y1))
                .append("\" x2=\"")
                .append(n(x2))
                .append("\" y2=\"")
                .append(n(y2))
                .append("\" ")
                .append(stroke)
                .append(dash)
                .append("/>\n");
    }

    private void polygon(double[] xs, double[] ys, String paint) {
        if (xs.length == 0) {
            return;
        }
        body.append("<polygon points=\"");
        for (int i = 0; i < xs.length; i++) {
            body.append(i == 0 ? "" : " ").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        body.append("\" ").append(paint).append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        polygon(xs, ys, fill);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        polygon(xs, ys, "fill=\"none\" " + stroke + dash);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append("<ellipse cx=\"")
                .append(n(x + w / 2))
                .append("\" cy=\"")
                .append(n(y + h / 2))
                .append("\" rx=\"")
                .append(n(w / 2))
                .append("\" ry=\"")
                .append(n(h / 2))
                .append("\" ")
                .append(fill)
                .append("/>\n");
    }

    @Override
    public void setFont(FontSpec spec) {
        font = spec;
        measurer.setFont(spec);
    }

    @Override
    public void fillText(String written, double x, double baselineY) {
        String text = PrintableText.oneLine(written);
        if (text.isEmpty()) {
            return;
        }
        measurer.checkGlyphs(text);
        body.append("<text x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(baselineY))
                .append("\" font-size=\"")
                .append(n(font.size()))
                .append('"')
                .append(font.bold() ? " font-weight=\"bold\"" : "")
                .append(' ')
                .append(fill)
                .append('>')
                .append(escape(text))
                .append("</text>\n");
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                default:
                    // XML 1.0 forbids most control characters even when escaped
                    if (c >= 0x20 || c == '\t') {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    @Override
    public double textWidth(String written) {
        String text = PrintableText.oneLine(written);
        return measurer.textWidth(text);
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        int id = ++clipCount;
        defs.append("<clipPath id=\"c")
                .append(id)
                .append("\"><rect x=\"")
                .append(n(x))
                .append("\" y=\"")
                .append(n(y))
                .append("\" width=\"")
                .append(n(w))
                .append("\" height=\"")
                .append(n(h))
                .append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#c").append(id).append(")\">\n");
        openClips.push(id);
    }

    @Override
    public void popClip() {
        if (openClips.poll() != null) {
            body.append("</g>\n");
        }
    }

    /** The finished document; sizes in points so it prints at the paper size it was laid out for. */
    public String document(String family) {
        return document(family, null, null);
    }

    /** As above, with a {@code <title>} and a {@code <desc>} (the marking) that viewers and indexers show. */
    public String document(String family, String title, String description) {
        StringBuilder out = new StringBuilder(body.length() + defs.length() + 512);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(n(width))
                .append("pt\" height=\"")
                .append(n(height))
                .append("pt\" viewBox=\"0 0 ")
                .append(n(width))
                .append(' ')
                .append(n(height))
                .append("\" font-family=\"")
                .append(escape(family))
                .append(", sans-serif\">\n")
                .append(title == null ? "" : "<title>" + escape(title) + "</title>\n")
                .append(description == null ? "" : "<desc>" + escape(description) + "</desc>\n")
                .append("<defs>\n")
                .append(defs)
                .append("</defs>\n")
                .append(body);
        for (int i = 0; i < openClips.size(); i++) {
            out.append("</g>\n");
        }
        return out.append("</svg>\n").toString();
    }
}
