package io.opstimeline.ui.timeline;

import io.opstimeline.core.raster.Glyph;
import io.opstimeline.core.raster.GlyphSource;
import io.opstimeline.core.render.FontSpec;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Glyphs for the own rasteriser from JavaFX's own text rendering (same font and grey
 * anti-aliasing as the Canvas): characters are laid out one per cell on a row of {@link Text}
 * nodes and snapshotted once per batch; each cell's alpha is cropped into a mask. Advances are
 * measured with a {@code Text} node, so widths match what the Canvas path measures. FX thread only.
 */
final class FxGlyphSource implements GlyphSource {
    private final Text measure = new Text();

    @Override
    public Glyph glyph(FontSpec font, char c, double dx) {
        return glyphs(font, new char[] {c}, new double[] {dx})[0][0];
    }

    @Override
    public Glyph[][] glyphs(FontSpec spec, char[] chars, double[] dxs) {
        Font font = FxSurface.toFont(spec);
        int cell = (int) Math.ceil(spec.size() * 2.5) + 4;
        int pad = cell / 4;
        int baseline = (int) Math.ceil(spec.size() * 1.5);
        int rowHeight = (int) Math.ceil(spec.size() * 2.2) + 2;
        Group rows = new Group();
        for (int p = 0; p < dxs.length; p++) {
            for (int i = 0; i < chars.length; i++) {
                Text t = new Text(String.valueOf(chars[i]));
                t.setFont(font);
                t.setFill(Color.WHITE);
                t.setTextOrigin(VPos.BASELINE);
                t.setLayoutX(i * cell + pad + dxs[p]);
                t.setLayoutY(p * rowHeight + baseline);
                rows.getChildren().add(t);
            }
        }
        // one snapshot for every character at every offset: a snapshot's fixed cost dominates
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        int w = chars.length * cell;
        int h = dxs.length * rowHeight;
        params.setViewport(new Rectangle2D(0, 0, w, h));
        PixelReader r = rows.snapshot(params, new WritableImage(w, h)).getPixelReader();
        Glyph[][] out = new Glyph[dxs.length][chars.length];
        for (int i = 0; i < chars.length; i++) {
            double advance = advance(font, chars[i]);
            for (int p = 0; p < dxs.length; p++) {
                out[p][i] = crop(r, i * cell, p * rowHeight, cell, rowHeight, pad, baseline, advance);
            }
        }
        return out;
    }

    private static Glyph crop(PixelReader r, int left, int top, int cell, int h, int pad, int baseline, double advance) {
        int x0 = cell, x1 = -1, y0 = h, y1 = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < cell; x++) {
                if ((r.getArgb(left + x, top + y) >>> 24) != 0) {
                    x0 = Math.min(x0, x);
                    x1 = Math.max(x1, x);
                    y0 = Math.min(y0, y);
                    y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return Glyph.blank(advance);
        }
        int w = x1 - x0 + 1;
        int gh = y1 - y0 + 1;
        byte[] a = new byte[w * gh];
        for (int y = 0; y < gh; y++) {
            for (int x = 0; x < w; x++) {
                a[y * w + x] = (byte) (r.getArgb(left + x0 + x, top + y0 + y) >>> 24);
            }
        }
        return new Glyph(w, gh, x0 - pad, y0 - baseline, a, advance);
    }

    /** The pen advance: measured between two letters, since a lone space or edge glyph has no width of its own. */
    private double advance(Font font, char c) {
        measure.setFont(font);
        measure.setText("H" + c + "H");
        double with = measure.getLayoutBounds().getWidth();
        measure.setText("HH");
        return with - measure.getLayoutBounds().getWidth();
    }
}
