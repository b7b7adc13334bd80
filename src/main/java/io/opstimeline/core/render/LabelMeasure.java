package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.TextColumn;

/**
 * Label widths for layout without asking the toolkit about every string: ASCII titles are summed
 * from a per-character advance table measured once per surface and font; anything else is
 * measured by the surface. Layout adds a small margin, so a pixel of rounding never overlaps.
 */
final class LabelMeasure {
    private Surface surface;
    private FontSpec font;
    private final double[] advance = new double[128];

    void use(Surface s, FontSpec f) {
        if (s != surface || !f.equals(font)) {
            surface = s;
            font = f;
            s.setFont(f);
            for (int c = 32; c < 127; c++) {
                advance[c] = s.textWidth(String.valueOf((char) c));
            }
        }
    }

    double width(ItemStore store, int row, double max) {
        TextColumn titles = store.titles();
        int t = store.textIndex(row);
        int from = titles.offset(t);
        int len = titles.length(t);
        byte[] b = titles.bytes();
        double w = 0;
        for (int i = from; i < from + len; i++) {
            int c = b[i];
            if (c < 32) {
                return Math.min(max, surface.textWidth(store.title(row)));
            }
            w += advance[c];
            if (w > max) {
                return max;
            }
        }
        return w;
    }
}
