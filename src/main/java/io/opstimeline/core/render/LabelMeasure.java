package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.TextColumn;

/**
 * Label widths for layout without asking the toolkit about every string: ASCII titles are summed
 * from a per-character advance table measured once per surface and font; anything else is
 * measured by the surface. Layout adds a small margin, so a pixel of rounding never overlaps.
 *
 * <p>Each row's width is kept once measured (four bytes a row, for the store in use). A frame
 * places every record in view, up to 20,000, and their titles lie scattered through the store's
 * text in load order: summing them afresh took 42 % of the JavaFX thread's samples in a pan,
 * mostly cache misses. The kept widths are read in row order, which is the lanes' time order.
 * They are kept in pages made on first use, so ten million rows cost no 40 MB array (and no pause
 * to clear it) in the middle of a zoom.
 */
final class LabelMeasure {
    /** Widths are kept up to this; callers ask with a smaller maximum. */
    private static final double CAP = 1000;

    private Surface surface;
    private FontSpec font;
    private final double[] advance = new double[128];
    private static final int PAGE_BITS = 12;
    private ItemStore keptFor;
    /** Width + 1 of each row's label by page of rows, 0 while not measured; a page is null until used. */
    private float[][] kept;

    void use(Surface s, FontSpec f) {
        if (s != surface || !f.equals(font)) {
            surface = s;
            font = f;
            keptFor = null;
            kept = null;
            s.setFont(f);
            for (int c = 32; c < 127; c++) {
                advance[c] = s.textWidth(String.valueOf((char) c));
            }
        }
    }

    double width(ItemStore store, int row, double max) {
        if (store != keptFor) {
            keptFor = store;
            kept = new float[(store.size() >>> PAGE_BITS) + 1][];
        }
        float[] page = kept[row >>> PAGE_BITS];
        if (page == null) {
            page = new float[1 << PAGE_BITS];
            kept[row >>> PAGE_BITS] = page;
        }
        int i = row & ((1 << PAGE_BITS) - 1);
        float k = page[i];
        if (k == 0) {
            k = (float) measure(store, row) + 1;
            page[i] = k;
        }
        return Math.min(max, k - 1);
    }

    private double measure(ItemStore store, int row) {
        TextColumn titles = store.titles();
        int t = store.textIndex(row);
        int from = titles.offset(t);
        int len = titles.length(t);
        byte[] b = titles.bytes();
        double w = 0;
        for (int i = from; i < from + len; i++) {
            int c = b[i];
            if (c < 32) {
                // non-ASCII (negative bytes) or control: the surface measures, in the label font,
                // whatever font the frame's drawing left set, or the width would depend on history
                surface.setFont(font);
                return Math.min(CAP, surface.textWidth(store.title(row)));
            }
            w += advance[c];
            if (w > CAP) {
                return CAP;
            }
        }
        return w;
    }
}
