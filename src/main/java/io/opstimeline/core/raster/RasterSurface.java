package io.opstimeline.core.raster;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * A {@link Surface} that draws straight into an {@code int[]} of premultiplied ARGB pixels, row
 * by row ({@code pixels[y * width + x]}). The software Canvas pipeline spends most of a frame on
 * fixed costs (a command stream, a texture, compositing, read-back) that plain loops over an
 * array do not have. Rectangles snap to whole pixels (the painters draw on whole pixels already);
 * polygons, ovals and diagonal lines are anti-aliased ({@link Coverage}); text is stamped from a
 * {@link GlyphCache} at quarter-pixel pen positions.
 */
public final class RasterSurface implements Surface {
    private final int[] px;
    private final int width;
    private final int height;
    private final GlyphCache glyphs;
    private final Coverage coverage = new Coverage();
    private final ArrayDeque<int[]> clips = new ArrayDeque<>();
    private final Map<Integer, Glyph> diamonds = new HashMap<>();
    private int cx0;
    private int cy0;
    private int cx1;
    private int cy1;
    private int fill = 0xFF000000;
    private int stroke = 0xFF000000;
    private double strokeWidth = 1;
    private double[] dashes = new double[0];
    private FontSpec font = FontSpec.LABEL;

    public RasterSurface(int[] pixels, int width, int height, GlyphCache glyphs) {
        if (pixels.length < width * height) {
            throw new IllegalArgumentException("buffer smaller than " + width + "x" + height);
        }
        this.px = pixels;
        this.width = width;
        this.height = height;
        this.glyphs = glyphs;
        cx1 = width;
        cy1 = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y), premultiplied ARGB. */
    public int pixel(int x, int y) {
        return px[y * width + x];
    }

    /** Sets every pixel (ignoring the clip): the start of a frame. */
    public void clear(int argb) {
        java.util.Arrays.fill(px, 0, width * height, argb);
    }

    @Override
    public void setFill(Rgb color, double alpha) {
        fill = Argb.premultiplied(color, alpha);
    }

    @Override
    public void setStroke(Rgb color, double alpha, double width) {
        stroke = Argb.premultiplied(color, alpha);
        strokeWidth = width;
    }

    @Override
    public void setLineDash(double... dashes) {
        double sum = 0;
        for (double d : dashes) {
            sum += Math.max(0, d);
        }
        this.dashes = sum > 0 ? dashes.clone() : new double[0];
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, fill);
    }

    /** Whole-pixel rectangle; anything with area covers at least one pixel, as a thin bar should. */
    private void rect(double x, double y, double w, double h, int color) {
        if (!(w > 0 && h > 0) || color >>> 24 == 0) {
            return;
        }
        int x0 = (int) Math.round(x);
        int x1 = Math.max(x0 + 1, (int) Math.round(x + w));
        int y0 = (int) Math.round(y);
        int y1 = Math.max(y0 + 1, (int) Math.round(y + h));
        x0 = Math.max(x0, cx0);
        y0 = Math.max(y0, cy0);
        x1 = Math.min(x1, cx1);
        y1 = Math.min(y1, cy1);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        if (color >>> 24 == 255) {
            for (int yy = y0; yy < y1; yy++) {
                java.util.Arrays.fill(px, yy * width + x0, yy * width + x1, color);
            }
            return;
        }
        // What lies below a translucent rectangle is mostly one flat colour (a lane, the
        // background), so the last blend is remembered: most pixels cost a compare and a store.
        int inv = 255 - (color >>> 24);
        int lastDst = ~px[y0 * width + x0];
        int lastOut = 0;
        for (int yy = y0; yy < y1; yy++) {
            for (int i = yy * width + x0, end = yy * width + x1; i < end; i++) {
                int d = px[i];
                if (d != lastDst) {
                    lastDst = d;
                    lastOut = color + Argb.scale(d, inv);
                }
                px[i] = lastOut;
            }
        }
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        double s = strokeWidth;
        if (dashes.length > 0) {
            line(x, y, x + w, y);
            line(x + w, y, x + w, y + h);
            line(x + w, y + h, x, y + h);
            line(x, y + h, x, y);
            return;
        }
        // centred on the outline like a Canvas stroke; sides trimmed so corners blend once
        rect(x - s / 2, y - s / 2, w + s, s, stroke);
        rect(x - s / 2, y + h - s / 2, w + s, s, stroke);
        rect(x - s / 2, y + s / 2, s, h - s, stroke);
        rect(x + w - s / 2, y + s / 2, s, h - s, stroke);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len == 0) {
            return;
        }
        if (dashes.length == 0) {
            segment(x1, y1, x2, y2);
            return;
        }
        double ux = (x2 - x1) / len;
        double uy = (y2 - y1) / len;
        double at = 0;
        for (int i = 0; at < len; i = (i + 1) % dashes.length) {
            double d = Math.max(0, dashes[i]);
            if (i % 2 == 0 && d > 0) {
                double e = Math.min(len, at + d);
                segment(x1 + ux * at, y1 + uy * at, x1 + ux * e, y1 + uy * e);
            }
            at += d;
        }
    }

    private void segment(double x1, double y1, double x2, double y2) {
        double s = strokeWidth;
        if (x1 == x2) {
            rect(x1 - s / 2, Math.min(y1, y2), s, Math.abs(y2 - y1), stroke);
        } else if (y1 == y2) {
            rect(Math.min(x1, x2), y1 - s / 2, Math.abs(x2 - x1), s, stroke);
        } else {
            // a diagonal: the stroke's outline as an anti-aliased quadrilateral
            double len = Math.hypot(x2 - x1, y2 - y1);
            double nx = -(y2 - y1) / len * Math.max(s, 1) / 2;
            double ny = (x2 - x1) / len * Math.max(s, 1) / 2;
            polygon(new double[] {x1 + nx, x2 + nx, x2 - nx, x1 - nx},
                    new double[] {y1 + ny, y2 + ny, y2 - ny, y1 - ny}, stroke);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys) {
        polygon(xs, ys, fill);
    }

    private void polygon(double[] xs, double[] ys, int color) {
        if (color >>> 24 == 0) {
            return;
        }
        coverage.fill(xs, ys, cx0, cy0, cx1, cy1, (y, cov, x0, x1) -> {
            int row = y * width;
            for (int x = x0; x < x1; x++) {
                float c = cov[x - x0];
                if (c > 0) {
                    int k = c >= 1 ? 255 : (int) (c * 255 + 0.5f);
                    px[row + x] = Argb.over(px[row + x], k == 255 ? color : Argb.scale(color, k));
                }
            }
        });
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys) {
        int n = Math.min(xs.length, ys.length);
        for (int i = 0, j = n - 1; i < n; j = i++) {
            line(xs[j], ys[j], xs[i], ys[i]);
        }
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        int n = Math.max(12, (int) Math.ceil(Math.PI * Math.max(w, h) / 2));
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 2 * Math.PI * i / n;
            xs[i] = x + w / 2 + Math.cos(t) * w / 2;
            ys[i] = y + h / 2 + Math.sin(t) * h / 2;
        }
        polygon(xs, ys, fill);
    }

    /** Stamps a coverage mask of the diamond made once per radius: markers come by the hundred. */
    @Override
    public void fillDiamond(double cx, double cy, double r) {
        Glyph stamp = diamonds.computeIfAbsent((int) Math.round(r * 16), k -> diamondMask(r));
        int ix = (int) Math.round(cx);
        int iy = (int) Math.round(cy);
        blit(stamp, ix + stamp.originX(), iy + stamp.originY(), fill);
    }

    private static Glyph diamondMask(double r) {
        int n = (int) Math.ceil(2 * r) + 2;
        int[] buf = new int[n * n];
        RasterSurface s = new RasterSurface(buf, n, n, null);
        s.fill = 0xFFFFFFFF;
        s.fillPolygon(new double[] {n / 2.0, n / 2.0 + r, n / 2.0, n / 2.0 - r},
                new double[] {n / 2.0 - r, n / 2.0, n / 2.0 + r, n / 2.0});
        byte[] a = new byte[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = (byte) (buf[i] >>> 24);
        }
        return new Glyph(n, n, -n / 2, -n / 2, a, 0);
    }

    @Override
    public void setFont(FontSpec font) {
        this.font = font;
    }

    @Override
    public void fillText(String text, double x, double baselineY) {
        if (fill >>> 24 == 0) {
            return;
        }
        int by = (int) Math.round(baselineY);
        double pen = x;
        Glyph[][] ascii = glyphs.ascii(font);
        for (int i = 0; i < text.length(); i++) {
            long q = Math.round(pen * GlyphCache.PHASES);
            int fl = (int) Math.floorDiv(q, GlyphCache.PHASES);
            char c = text.charAt(i);
            int phase = (int) Math.floorMod(q, GlyphCache.PHASES);
            Glyph g = GlyphCache.isAscii(c) ? ascii[phase][c - 32] : glyphs.get(font, c, phase);
            if (g.width() > 0) {
                if (fl + g.originX() >= cx1) {
                    return;
                }
                blit(g, fl + g.originX(), by + g.originY(), fill);
            }
            pen += g.advance();
        }
    }

    /** Blends the colour through a coverage mask whose top-left pixel lands at (x0, y0). */
    private void blit(Glyph g, int x0, int y0, int color) {
        int xa = Math.max(x0, cx0);
        int xb = Math.min(x0 + g.width(), cx1);
        int ya = Math.max(y0, cy0);
        int yb = Math.min(y0 + g.height(), cy1);
        byte[] mask = g.alpha();
        int[] ramp = ramp(color);
        for (int y = ya; y < yb; y++) {
            int m = (y - y0) * g.width() - x0;
            int row = y * width;
            for (int x = xa; x < xb; x++) {
                int k = mask[m + x] & 0xFF;
                if (k != 0) {
                    int src = ramp[k];
                    int inv = 255 - (src >>> 24);
                    px[row + x] = inv == 0 ? src : src + Argb.scale(px[row + x], inv);
                }
            }
        }
    }

    private final int[] ramp = new int[256];
    private int rampColor;

    /** The colour at every coverage 0..255, made once per colour: text is mostly one colour. */
    private int[] ramp(int color) {
        if (rampColor != color || ramp[255] != color) {
            for (int k = 0; k < 256; k++) {
                ramp[k] = Argb.scale(color, k);
            }
            rampColor = color;
        }
        return ramp;
    }

    @Override
    public double textWidth(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += glyphs.advance(font, text.charAt(i));
        }
        return w;
    }

    @Override
    public void pushClip(double x, double y, double w, double h) {
        clips.push(new int[] {cx0, cy0, cx1, cy1});
        cx0 = Math.max(cx0, (int) Math.round(x));
        cy0 = Math.max(cy0, (int) Math.round(y));
        cx1 = Math.min(cx1, (int) Math.round(x + w));
        cy1 = Math.min(cy1, (int) Math.round(y + h));
    }

    @Override
    public void popClip() {
        int[] c = clips.pop();
        cx0 = c[0];
        cy0 = c[1];
        cx1 = c[2];
        cy1 = c[3];
    }
}
