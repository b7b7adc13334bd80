package io.opstimeline.ui.chart;

import io.opstimeline.core.chart.SeriesMath;
import io.opstimeline.core.chart.SeriesPainter;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.FxSurface;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The series (sorties, strike sorties, ...) on the timeline's own axis, cumulative or as daily
 * increments. Hovering a point shows its value, date, how the date was obtained, and its source.
 */
public final class SeriesChartView extends Region {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final SeriesPainter painter = new SeriesPainter();
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final BooleanProperty daily = new SimpleBooleanProperty(this, "daily", false);
    private final ObjectProperty<Set<String>> shownSeries = new SimpleObjectProperty<>(this, "shownSeries", Set.of());
    private final ObjectProperty<java.time.Instant> marked = new SimpleObjectProperty<>(this, "marked");
    private final Tooltip tip = new Tooltip();
    private List<SeriesPainter.Plotted> plotted = List.of();
    /** Where the last frame drew the marked date, NaN when it did not. */
    private double markedX = Double.NaN;

    public SeriesChartView() {
        getStyleClass().add("series-chart");
        getChildren().add(canvas);
        setMinHeight(90);
        setPrefHeight(150);
        setAccessibleText("Chart of the dataset's numeric series on the timeline's axis");
        tip.setShowDelay(Duration.millis(100));
        dataset.addListener((o, a, d) -> {
            shownSeries.set(defaultSeries(d));
            redraw();
        });
        window.addListener((o, a, w) -> redraw());
        theme.addListener((o, a, t) -> redraw());
        daily.addListener((o, a, b) -> redraw());
        shownSeries.addListener((o, a, b) -> redraw());
        marked.addListener((o, a, b) -> redraw());
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> tip.hide());
    }

    /** By default the series within a factor of five of the largest: sorties and strike sorties for OUP. */
    static Set<String> defaultSeries(Dataset d) {
        if (d == null || d.series().isEmpty()) {
            return Set.of();
        }
        double biggest =
                d.series().stream().mapToDouble(SeriesChartView::maxOf).max().orElse(0);
        Set<String> ids = new TreeSet<>();
        for (Series s : d.series()) {
            if (maxOf(s) >= biggest / 5) {
                ids.add(s.id());
            }
        }
        return ids;
    }

    private static double maxOf(Series s) {
        return s.points().stream()
                .filter(p -> p.value() != null)
                .mapToDouble(SeriesPoint::value)
                .max()
                .orElse(0);
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Daily increments instead of cumulative totals. */
    public BooleanProperty dailyProperty() {
        return daily;
    }

    public ObjectProperty<Set<String>> shownSeriesProperty() {
        return shownSeries;
    }

    /** The selected record's date, marked across the chart so its numbers can be read at that day; null for none. */
    public ObjectProperty<java.time.Instant> markedProperty() {
        return marked;
    }

    /** Where the last frame drew the marked date (view pixels), NaN when none is in view. */
    public double markedX() {
        return markedX;
    }

    public List<SeriesPainter.Plotted> plotted() {
        return plotted;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    public void redraw() {
        markedX = Double.NaN;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Theme theme = this.theme.get();
        surface.setFill(theme.gutter(), 1);
        surface.fillRect(0, 0, w, h);
        Dataset d = dataset.get();
        if (d == null || window.get() == null || w <= TimelinePainter.GUTTER) {
            plotted = List.of();
            return;
        }
        List<SeriesPainter.Line> lines = new ArrayList<>();
        java.util.Set<String> units = new java.util.LinkedHashSet<>();
        int i = 0;
        for (Series s : d.series()) {
            if (shownSeries.get().contains(s.id())) {
                boolean asDaily = daily.get() && s.cumulative();
                List<SeriesPoint> points = asDaily ? SeriesMath.dailyIncrements(s) : s.points();
                lines.add(new SeriesPainter.Line(
                        s.id(),
                        s.name() + (asDaily ? " per day" : ""),
                        SeriesPainter.COLORS[i % SeriesPainter.COLORS.length],
                        points));
                if (s.unit() != null) {
                    units.add(s.unit() + (asDaily ? " per day" : ""));
                }
            }
            i++;
        }
        if (lines.isEmpty()) {
            surface.setFill(theme.mutedText(), 1);
            surface.fillText(
                    d.series().isEmpty() ? "This dataset has no series." : "No series chosen.",
                    TimelinePainter.GUTTER + 8,
                    20);
            plotted = List.of();
            return;
        }
        plotted = painter.paint(
                surface,
                theme,
                window.get(),
                lines,
                String.join(" / ", units),
                TimelinePainter.GUTTER,
                w - TimelinePainter.GUTTER,
                0,
                h);
        paintMarked(w, h, theme);
    }

    /** The selected record's date: a line in the selection colour over the plot, as the timeline marks it. */
    private void paintMarked(double w, double h, Theme theme) {
        markedX = Double.NaN;
        java.time.Instant at = marked.get();
        if (at == null || !window.get().overlaps(at.toEpochMilli(), at.toEpochMilli() + 1)) {
            return;
        }
        double x = Math.round(TimelinePainter.GUTTER + window.get().toX(at.toEpochMilli(), w - TimelinePainter.GUTTER))
                + 0.5;
        surface.setStroke(theme.selection(), 0.9, 2);
        surface.line(x, 0, x, h);
        markedX = x;
    }

    private void hover(MouseEvent e) {
        SeriesPainter.Plotted best = null;
        double bestD = 8;
        for (SeriesPainter.Plotted p : plotted) {
            double dist = Math.hypot(p.x() - e.getX(), p.y() - e.getY());
            if (dist < bestD) {
                best = p;
                bestD = dist;
            }
        }
        if (best == null) {
            tip.hide();
            return;
        }
        tip.setText(readout(dataset.get(), best));
        tip.show(this, e.getScreenX() + 12, e.getScreenY() + 12);
    }

    /** "Sorties: 26,500 (approximate) on 31 Oct 2011, date exact. Source: ..." */
    public static String readout(Dataset d, SeriesPainter.Plotted p) {
        SeriesPoint pt = p.point();
        String source = pt.sourceId() == null
                ? "no source given"
                : d.source(pt.sourceId())
                        .map(s -> s.title()
                                + (s.publisher() == null ? "" : ", " + s.publisher())
                                + (s.reliability() == null ? "" : " [" + s.reliability() + "]"))
                        .orElse(pt.sourceId());
        return p.line().name() + ": " + String.format(Locale.ENGLISH, "%,.0f", pt.value())
                + (pt.approximate() ? " (approximate)" : "") + "\n" + pt.date().display() + ", date "
                + pt.dateBasis().name().toLowerCase(Locale.ROOT) + "\nSource: " + source;
    }
}
