package io.opstimeline.core.chart;

import io.opstimeline.core.model.DateBasis;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.model.SeriesPoint;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Labels;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws numeric series under the timeline on the same time axis (x0/width match the timeline's
 * time area). Lines break at gaps; approximate values are hollow markers, dates that were derived
 * or inferred are diamonds, so the reader sees how firm each figure is.
 */
public final class SeriesPainter {
    public static final Rgb[] COLORS = {
        Rgb.parse("#1f6feb"), Rgb.parse("#d1242f"), Rgb.parse("#1a7f37"), Rgb.parse("#9a6700"), Rgb.parse("#8250df")
    };

    private static final double LEGEND_ROW = 14;
    private static final List<String> SYMBOL_MEANINGS =
            List.of("\u25CB approximate", "\u25C7 date derived or inferred", "dashed: approximate", "gap: no report");

    /** A series as it should be drawn: a name, a colour, its points (already cumulative or daily). */
    public record Line(String id, String name, Rgb color, List<SeriesPoint> points) {}

    /** Where a point landed, for hover read-outs. */
    public record Plotted(Line line, SeriesPoint point, double x, double y) {}

    public List<Plotted> paint(
            Surface s,
            Theme theme,
            TimeWindow window,
            List<Line> lines,
            String unitLabel,
            double x0,
            double width,
            double top,
            double height) {
        return paint(s, theme, window, lines, unitLabel, x0, width, top, height, true);
    }

    /** As above; without the one-line legend when the caller names the series itself (a page's wrapped legend). */
    public List<Plotted> paint(
            Surface s,
            Theme theme,
            TimeWindow window,
            List<Line> lines,
            String unitLabel,
            double x0,
            double width,
            double top,
            double height,
            boolean legend) {
        List<LegendItem> key = legend ? legendLayout(s, lines, x0 + 8, x0 + width - 4) : List.of();
        int legendRows = key.isEmpty() ? 1 : key.get(key.size() - 1).row() + 1;
        double plotTop = top + 22 + LEGEND_ROW * (legendRows - 1);
        double plotBottom = top + height - 8;
        s.setFill(theme.background(), 1);
        s.fillRect(x0, top, width, height);
        double max = 0;
        for (Line l : lines) {
            for (SeriesPoint p : l.points()) {
                if (p.value() != null) {
                    max = Math.max(max, p.value());
                }
            }
        }
        double step = niceStep(max / 4);
        double yMax = Math.max(step, Math.ceil(max / step) * step);
        s.setFont(FontSpec.SMALL);
        for (double v = 0; v <= yMax + step / 2; v += step) {
            double y = Math.round(plotBottom - v / yMax * (plotBottom - plotTop)) + 0.5;
            s.setStroke(theme.grid(), 1, 1);
            s.line(x0, y, x0 + width, y);
            String label = format(v);
            s.setFill(theme.mutedText(), 1);
            s.fillText(label, x0 - 6 - s.textWidth(label), y + 4);
        }
        s.fillText(unitLabel, 8, top + 14);
        List<Plotted> plotted = new ArrayList<>();
        s.pushClip(x0, top, width, height);
        for (Line l : lines) {
            plotted.addAll(paintLine(s, theme, window, l, yMax, x0, width, plotTop, plotBottom));
        }
        s.popClip();
        paintLegend(s, theme, key, top + 14);
        return plotted;
    }

    private List<Plotted> paintLine(
            Surface s,
            Theme theme,
            TimeWindow window,
            Line l,
            double yMax,
            double x0,
            double width,
            double plotTop,
            double plotBottom) {
        List<Plotted> out = new ArrayList<>();
        Plotted prev = null;
        for (SeriesPoint p : l.points()) {
            if (p.value() == null) {
                prev = null; // a gap: never bridged, never zero
                continue;
            }
            double x = x0 + window.toX(p.date().epochMilli(), width);
            double y = plotBottom - p.value() / yMax * (plotBottom - plotTop);
            Plotted here = new Plotted(l, p, x, y);
            if (prev != null) {
                s.setStroke(l.color(), 0.9, 2);
                s.setLineDash(p.approximate() || prev.point().approximate() ? new double[] {5, 4} : new double[0]);
                s.line(prev.x(), prev.y(), x, y);
                s.setLineDash();
            }
            out.add(here);
            prev = here;
        }
        for (Plotted p : out) {
            marker(s, theme, l.color(), p.point(), p.x(), p.y());
        }
        return out;
    }

    static void marker(Surface s, Theme theme, Rgb color, SeriesPoint p, double x, double y) {
        boolean derived = p.dateBasis() != DateBasis.EXACT;
        double r = 4;
        double[] xs = derived ? new double[] {x, x + r + 1, x, x - r - 1} : null;
        double[] ys = derived ? new double[] {y - r - 1, y, y + r + 1, y} : null;
        s.setFill(p.approximate() ? theme.background() : color, 1);
        s.setStroke(color, 1, 1.5);
        if (derived) {
            s.fillPolygon(xs, ys);
            s.strokePolygon(xs, ys);
        } else {
            s.fillOval(x - r, y - r, 2 * r, 2 * r);
            s.strokePolygon(circle(x, y, r)[0], circle(x, y, r)[1]);
        }
    }

    private static double[][] circle(double x, double y, double r) {
        int n = 12;
        double[][] pts = new double[2][n];
        for (int i = 0; i < n; i++) {
            pts[0][i] = x + r * Math.cos(2 * Math.PI * i / n);
            pts[1][i] = y + r * Math.sin(2 * Math.PI * i / n);
        }
        return pts;
    }

    /** One entry of the chart's legend: a series (with its colour swatch) or a symbol's meaning. */
    private record LegendItem(String text, Rgb swatch, double x, int row) {}

    /**
     * Series names flow over as many rows as they need, so no series goes unnamed however narrow the
     * chart; the symbols' meanings follow only where they fit whole on those rows (never cut; all of
     * them are in the on-screen legend of symbols).
     */
    private static List<LegendItem> legendLayout(Surface s, List<Line> lines, double left, double right) {
        s.setFont(FontSpec.SMALL);
        List<LegendItem> out = new ArrayList<>();
        double x = left;
        int row = 0;
        for (Line l : lines) {
            // a name longer than a whole row (a very narrow chart) is shortened; the Series menu has it whole
            String name = Labels.fit(s, l.name(), right - left - 18);
            double w = 18 + s.textWidth(name);
            if (x > left && x + w > right) {
                row++;
                x = left;
            }
            out.add(new LegendItem(name, l.color(), x, row));
            x += w + 16;
        }
        for (String meaning : SYMBOL_MEANINGS) {
            double w = s.textWidth(meaning);
            if (x + w > right) {
                break;
            }
            out.add(new LegendItem(meaning, null, x, row));
            x += w + 14;
        }
        return out;
    }

    private static void paintLegend(Surface s, Theme theme, List<LegendItem> key, double firstBaseline) {
        s.setFont(FontSpec.SMALL);
        for (LegendItem item : key) {
            double baseline = firstBaseline + item.row() * LEGEND_ROW;
            if (item.swatch() != null) {
                s.setFill(item.swatch(), 1);
                s.fillRect(item.x(), baseline - 8, 14, 3);
                s.setFill(theme.text(), 1);
                s.fillText(item.text(), item.x() + 18, baseline);
            } else {
                s.setFill(theme.mutedText(), 1);
                s.fillText(item.text(), item.x(), baseline);
            }
        }
    }

    /** 1, 2 or 5 times a power of ten: steps a reader can add up in their head. */
    static double niceStep(double rough) {
        if (rough <= 0) {
            return 1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / pow;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * pow;
    }

    static String format(double v) {
        return v >= 10 || v == 0 ? String.format(Locale.ENGLISH, "%,.0f", v) : String.format(Locale.ENGLISH, "%.1f", v);
    }
}
