package io.opstimeline.ui.overview;

import io.opstimeline.core.chart.DensityHistogram;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.FxSurface;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The whole campaign at a glance: a density histogram of record starts, and the visible window as
 * a handle. Drag the handle to pan, drag either edge to resize (brush to zoom), click elsewhere to
 * centre the window there.
 */
public final class OverviewStrip extends Region {
    public static final double HEIGHT = 56;
    private static final double EDGE = 6;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<List<Event>> events = new SimpleObjectProperty<>(this, "events", List.of());
    private TimeWindow full;
    private Drag drag = Drag.NONE;
    private double pressX;
    private TimeWindow pressWindow;

    private enum Drag {
        NONE,
        MOVE,
        LEFT,
        RIGHT
    }

    public OverviewStrip() {
        getStyleClass().add("overview-strip");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        setAccessibleRole(AccessibleRole.SLIDER);
        setAccessibleText("Overview of the whole dataset; drag the window to move it, its edges to resize");
        dataset.addListener((o, a, d) -> redraw());
        window.addListener((o, a, w) -> redraw());
        theme.addListener((o, a, t) -> redraw());
        events.addListener((o, a, e) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> setCursor(cursorFor(hitPart(e.getX()))));
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

    /** The records counted in the histogram (those passing the filter). */
    public ObjectProperty<List<Event>> eventsProperty() {
        return events;
    }

    private double x0() {
        return TimelinePainter.GUTTER;
    }

    private double width() {
        return Math.max(1, getWidth() - x0());
    }

    private Drag hitPart(double x) {
        TimeWindow w = window.get();
        if (full == null || w == null) {
            return Drag.NONE;
        }
        // the same clamped edges that redraw() draws, so what you see is what you can grab
        double l = Math.max(x0(), x0() + full.toX(w.start(), width()));
        double r = Math.min(getWidth() - 1, x0() + full.toX(w.end(), width()));
        if (Math.abs(x - l) <= EDGE) {
            return Drag.LEFT;
        }
        if (Math.abs(x - r) <= EDGE) {
            return Drag.RIGHT;
        }
        return x > l && x < r ? Drag.MOVE : Drag.NONE;
    }

    private static Cursor cursorFor(Drag d) {
        return d == Drag.LEFT || d == Drag.RIGHT ? Cursor.H_RESIZE : d == Drag.MOVE ? Cursor.MOVE : Cursor.DEFAULT;
    }

    private void pressed(MouseEvent e) {
        if (full == null || window.get() == null) {
            return;
        }
        drag = hitPart(e.getX());
        pressX = e.getX();
        pressWindow = window.get();
        if (drag == Drag.NONE && e.getX() >= x0()) {
            long centre = full.toTime(e.getX() - x0(), width());
            window.set(pressWindow.pan(centre - pressWindow.center()));
            pressWindow = window.get();
            drag = Drag.MOVE;
        }
    }

    private void dragged(MouseEvent e) {
        if (drag == Drag.NONE || pressWindow == null) {
            return;
        }
        long dt = Math.round((e.getX() - pressX) / width() * full.span());
        long minSpan = TimeWindow.MIN_SPAN_MS;
        switch (drag) {
            case MOVE:
                window.set(pressWindow.pan(dt));
                break;
            case LEFT:
                window.set(new TimeWindow(
                        Math.min(pressWindow.start() + dt, pressWindow.end() - minSpan), pressWindow.end()));
                break;
            default:
                window.set(new TimeWindow(
                        pressWindow.start(), Math.max(pressWindow.end() + dt, pressWindow.start() + minSpan)));
        }
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    /** Repaints now; called on every change of data, filter or window. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        Dataset d = dataset.get();
        Theme theme = this.theme.get();
        surface.setFill(theme.gutter(), 1);
        surface.fillRect(0, 0, w, h);
        if (d == null || d.events().isEmpty() || w <= x0()) {
            full = null;
            return;
        }
        long start = d.events().stream()
                .mapToLong(e -> e.coverStart().toEpochMilli())
                .min()
                .getAsLong();
        long end = d.events().stream()
                .mapToLong(e -> e.coverEnd().toEpochMilli())
                .max()
                .getAsLong();
        full = TimeWindow.around(start, end, 0.02);
        int bins = (int) Math.max(1, width() / 4);
        long[] times =
                events.get().stream().mapToLong(e -> e.start().epochMilli()).toArray();
        int[] counts = DensityHistogram.bin(times, full.start(), full.end(), bins);
        int max = Math.max(1, DensityHistogram.max(counts));
        double bw = width() / bins;
        surface.setFill(theme.majorGrid(), 1);
        for (int i = 0; i < bins; i++) {
            double bh = counts[i] == 0 ? 0 : 3 + (h - 22) * counts[i] / (double) max;
            surface.fillRect(x0() + i * bw, h - 4 - bh, Math.max(1, bw - 1), bh);
        }
        surface.setFont(FontSpec.SMALL);
        surface.setFill(theme.mutedText(), 1);
        surface.fillText("Overview", 8, 16);
        surface.fillText(MONTH.format(Instant.ofEpochMilli(full.start()).atZone(d.timeZone())), x0() + 4, 12);
        String endLabel = MONTH.format(Instant.ofEpochMilli(full.end()).atZone(d.timeZone()));
        surface.fillText(endLabel, w - surface.textWidth(endLabel) - 4, 12);
        TimeWindow win = window.get();
        if (win != null) {
            double l = Math.max(x0(), x0() + full.toX(win.start(), width()));
            double r = Math.min(w - 1, x0() + full.toX(win.end(), width()));
            surface.setFill(theme.selection(), 0.15);
            surface.fillRect(l, 1, Math.max(2, r - l), h - 2);
            surface.setStroke(theme.selection(), 1, 2);
            surface.strokeRect(l, 1, Math.max(2, r - l), h - 2);
        }
    }
}
