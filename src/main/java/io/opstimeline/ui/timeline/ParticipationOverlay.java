package io.opstimeline.ui.timeline;

import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.ParticipationSpan;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Labels;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.TimelineOverlay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a nation's participation span(s) as a band across the lanes, labelled at its start (or at
 * the left edge when it began before the window).
 *
 * <p>Labels never overlap: each goes into the lowest row, counted up from the bottom of the lanes,
 * where nothing drawn before it is in the way (above the bottom row, no record either); it is
 * shortened at a word end to fit before the time area's right edge or the next record in its row,
 * or to the nation's name alone; a label with no free row or too little room is omitted. The band is still drawn, and every span with its full note is in the Nations pane.
 */
public final class ParticipationOverlay implements TimelineOverlay {
    private static final Rgb BAND = Rgb.parse("#0b57d0");
    /** Rows stacked from the bottom of the lanes, this far apart. */
    static final double ROW = 15;

    private static final int MAX_ROWS = 3;
    private static final double PAD = 4;
    private static final double GAP = 12;
    private final Nation nation;
    private final long dataEnd;

    /** @param dataEnd where an open span (no end given) stops: the end of the data */
    public ParticipationOverlay(Nation nation, long dataEnd) {
        this.nation = nation;
        this.dataEnd = dataEnd;
    }

    /**
     * The width free from {@code left} in the row at {@code baseline}: up to the time area's right
     * edge and, above the bottom row, up to the first record drawn there (a row's label covering a
     * record's mark or title hides it); 0 when a record is under {@code left} itself.
     */
    private static double room(Frame f, double left, double right, double baseline, boolean bottomRow) {
        double end = right;
        if (!bottomRow) {
            double top = baseline - 13;
            double bottom = baseline + 4;
            for (HitMap.Box b : f.hits().boxes()) {
                if (b.y() < bottom && top < b.y() + b.h() && b.x() + b.w() > left) {
                    if (b.x() <= left) {
                        return 0;
                    }
                    end = Math.min(end, b.x() - PAD);
                }
            }
        }
        return end - left;
    }

    @Override
    public void paint(Surface s, Frame f) {
        List<double[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (ParticipationSpan span : nation.participation()) {
            double x1 = f.x(span.start().epochMilli());
            double x2 =
                    f.x(span.end() == null ? dataEnd : span.end().periodEnd().toEpochMilli());
            s.setFill(BAND, 0.07);
            s.fillRect(x1, f.top(), x2 - x1, f.height());
            s.setStroke(BAND, 0.8, 1.5);
            s.setLineDash(6, 4);
            s.line(x1, f.top(), x1, f.top() + f.height());
            s.line(x2, f.top(), x2, f.top() + f.height());
            s.setLineDash();
            spans.add(new double[] {x1, x2});
            texts.add(nation.name() + (span.note() == null ? "" : ": " + span.note()));
        }
        s.setFont(FontSpec.LABEL_BOLD);
        s.setFill(BAND, 1);
        double right = f.x0() + f.width() - PAD;
        double baseline = f.top() + f.height() - 8;
        int rows = (int) Math.max(1, Math.min(MAX_ROWS, (f.height() - 8) / (ROW * 2)));
        double[] rowEnd = new double[rows];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> spans.get(i)[0]));
        for (int i : order) {
            double x1 = spans.get(i)[0];
            double x2 = spans.get(i)[1];
            if (x2 < f.x0() || x1 > right) {
                continue;
            }
            double left = Math.max(x1, f.x0()) + PAD;
            String label = "";
            int row = -1;
            for (int r = 0; r < rows && label.isEmpty(); r++) {
                if (rowEnd[r] + GAP > left) {
                    continue;
                }
                double room = room(f, left, right, baseline - r * ROW, r == 0);
                label = Labels.fitOrNothing(s, texts.get(i), room, 4);
                if (label.isEmpty() || label.length() < nation.name().length()) {
                    label = Labels.fitOrNothing(s, nation.name(), room, 4);
                }
                row = r;
            }
            if (label.isEmpty()) {
                continue;
            }
            s.fillText(label, left, baseline - row * ROW);
            rowEnd[row] = left + s.textWidth(label);
        }
    }
}
