package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import java.util.ArrayList;
import java.util.List;

/** The legend, wrapped over as many lines as the page's width needs. */
final class PageLegend {
    private static final double LINE = 12;

    private PageLegend() {}

    private record Item(Rgb color, String label, int shape) {}

    private static List<Item> items(Dataset d, boolean noAnnotations, boolean chart, Theme theme) {
        List<Item> out = new ArrayList<>();
        if (chart) {
            for (io.opstimeline.core.chart.SeriesPainter.Line l : SeriesChart.lines(d)) {
                out.add(new Item(l.color(), l.name(), 4));
            }
            out.add(new Item(theme.mutedText(), "\u25CB approximate figure", 5));
            out.add(new Item(theme.mutedText(), "\u25C7 date derived or inferred", 5));
            out.add(new Item(theme.mutedText(), "dashed: approximate; gap: no report", 5));
        }
        for (EventKind k : d.kinds()) {
            out.add(new Item(k.color(), k.label(), 0));
        }
        out.add(new Item(theme.mutedText(), "uncertain date", 1));
        out.add(new Item(theme.mutedText(), "count badge: records not labelled, listed in the events table", 2));
        if (!noAnnotations) {
            out.add(new Item(Annotation.DEFAULT_COLOR, "annotation (numbered below)", 3));
        }
        return out;
    }

    /** x of each item, and the line it is on, for a box of this width. */
    private static double[][] place(Surface s, List<Item> items, double width) {
        s.setFont(BriefingPainter.SMALL_BOLD);
        double start = s.textWidth("Legend") + 10;
        s.setFont(BriefingPainter.SMALL);
        double[][] at = new double[items.size()][2];
        double x = start;
        int line = 0;
        for (int i = 0; i < items.size(); i++) {
            double w = (items.get(i).shape == 5 ? 0 : 18) + s.textWidth(items.get(i).label) + 12;
            if (x + w > width && x > start) {
                line++;
                x = start;
            }
            at[i][0] = x;
            at[i][1] = line;
            x += w;
        }
        return at;
    }

    static double height(Surface s, Dataset d, boolean noAnnotations, boolean chart, double width, Theme theme) {
        List<Item> items = items(d, noAnnotations, chart, theme);
        double[][] at = place(s, items, width);
        return (at.length == 0 ? 1 : at[at.length - 1][1] + 1) * LINE + 2;
    }

    static void paint(Surface s, PageLayout.Box box, Dataset d, boolean noAnnotations, boolean chart, Theme theme) {
        List<Item> items = items(d, noAnnotations, chart, theme);
        double[][] at = place(s, items, box.w());
        s.setFont(BriefingPainter.SMALL_BOLD);
        s.setFill(theme.text(), 1);
        s.fillText("Legend", box.x(), box.y() + 9);
        s.setFont(BriefingPainter.SMALL);
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            double x = box.x() + at[i][0];
            double mid = box.y() + 6 + at[i][1] * LINE;
            switch (it.shape) {
                case 1 -> {
                    s.setStroke(it.color, 1, 0.75);
                    s.setLineDash(2, 2);
                    s.strokeRect(x, mid - 3.5, 14, 7);
                    s.setLineDash();
                }
                case 2 -> {
                    s.setFill(it.color, 1);
                    s.fillRect(x, mid - 4, 14, 8);
                }
                case 4 -> {
                    s.setFill(it.color, 1);
                    s.fillRect(x, mid - 1.5, 14, 3);
                }
                case 5 -> {
                    // the symbol is part of the text
                }
                case 3 -> {
                    s.setFill(it.color, 1);
                    s.fillOval(x + 3, mid - 4, 8, 8);
                }
                default -> {
                    s.setFill(it.color, 1);
                    s.fillRect(x + 3, mid - 4, 8, 8);
                }
            }
            s.setFill(theme.text(), 1);
            s.fillText(it.label, x + (it.shape == 5 ? 0 : 18), mid + 3);
        }
    }
}
