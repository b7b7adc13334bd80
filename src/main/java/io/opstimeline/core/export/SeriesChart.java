package io.opstimeline.core.export;

import io.opstimeline.core.chart.SeriesPainter;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Labels;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dataset's series on a briefing page, drawn by the screen's {@link SeriesPainter} on the
 * timeline's time area (same left edge and width), so a point sits under the records of its day;
 * gaps stay gaps and approximate figures stay hollow, as on screen.
 */
final class SeriesChart {
    private SeriesChart() {}

    /** The series as the chart draws them, for the page's legend. */
    static List<SeriesPainter.Line> lines(Dataset d) {
        List<SeriesPainter.Line> lines = new ArrayList<>();
        int i = 0;
        for (Series series : d.series()) {
            lines.add(new SeriesPainter.Line(
                    series.id(),
                    series.name(),
                    SeriesPainter.COLORS[i++ % SeriesPainter.COLORS.length],
                    series.points()));
        }
        return lines;
    }

    static void paint(Surface s, Dataset d, TimeWindow window, double width, double top, double height, Theme theme) {
        List<SeriesPainter.Line> lines = lines(d);
        Set<String> units = new LinkedHashSet<>();
        for (Series series : d.series()) {
            if (series.unit() != null) {
                units.add(series.unit());
            }
        }
        s.setFill(theme.gutter(), 1);
        s.fillRect(0, top, TimelinePainter.GUTTER, height);
        s.setFont(FontSpec.SMALL);
        String unit = Labels.fit(s, String.join(" / ", units), TimelinePainter.GUTTER - 12);
        // The painter's one-line legend would run off a page; the page's legend names the series, wrapped.
        new SeriesPainter()
                .paint(
                        s,
                        theme,
                        window,
                        lines,
                        unit,
                        TimelinePainter.GUTTER,
                        width - TimelinePainter.GUTTER,
                        top,
                        height,
                        false);
        s.setStroke(theme.majorGrid(), 1, 1);
        s.line(0, top + 0.5, width, top + 0.5);
    }
}
