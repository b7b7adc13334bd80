package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The timeline control: one Canvas, redrawn from the dataset's index whenever the window, the
 * selection or the size changes. Input handling lives in {@link TimelineBehavior}.
 */
public final class TimelineView extends Region {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final TimelinePainter painter = new TimelinePainter();
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private EventIndex index;
    private Lanes lanes;
    private HitMap hits = new HitMap();
    private boolean redrawQueued;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        getChildren().add(canvas);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText("Timeline. Arrow keys pan, plus and minus zoom, Home shows everything, Tab steps through records.");
        setMinSize(300, 200);
        dataset.addListener((obs, old, d) -> {
            index = d == null ? null : EventIndex.of(d.events());
            lanes = d == null ? null : Lanes.byKind(d);
            fitAll();
            requestRedraw();
        });
        window.addListener((obs, old, w) -> requestRedraw());
        selectedId.addListener((obs, old, id) -> requestRedraw());
        new TimelineBehavior(this);
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Id of the selected event, or null. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** What the last frame drew where; for hit-testing and tests. */
    public HitMap hitMap() {
        return hits;
    }

    /** Width of the time area, the part of the view that the window maps onto. */
    public double timeAreaWidth() {
        return Math.max(1, getWidth() - TimelinePainter.GUTTER);
    }

    public void fitAll() {
        if (index == null || index.size() == 0) {
            return;
        }
        long[] extent = index.extent();
        TimeWindow w = TimeWindow.around(extent[0], extent[1], 0.03);
        // extra room on the right: the last records' labels extend past their dates
        window.set(new TimeWindow(w.start(), w.end() + w.span() / 8));
    }

    /** Limits for pan and zoom: the data's extent with generous room either side. */
    TimeWindow clampToData(TimeWindow w) {
        if (index == null || index.size() == 0) {
            return w;
        }
        long[] e = index.extent();
        long pad = Math.max(TimeWindow.MIN_SPAN_MS, (e[1] - e[0]) / 2);
        return w.clamp(e[0] - pad, e[1] + pad);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Coalesces bursts of changes (wheel events) into one paint per pulse. */
    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            javafx.application.Platform.runLater(() -> {
                redrawQueued = false;
                redraw();
            });
        }
    }

    /** Paints now; tests and the benchmark call this to measure or inspect one frame. */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        Dataset d = dataset.get();
        if (d == null || window.get() == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            return;
        }
        TimelinePainter.Request request = new TimelinePainter.Request(index, lanes, d::kind, window.get(), w, h,
                d.timeZone(), selectedId.get(), Theme.LIGHT);
        hits = painter.paint(surface, request);
        for (Overlay overlay : overlays) {
            overlay.paint(surface, request, hits);
        }
    }

    /** Something drawn over each frame from the frame's own layout, such as annotations. */
    @FunctionalInterface
    public interface Overlay {
        void paint(io.opstimeline.core.render.Surface surface, TimelinePainter.Request frame, HitMap hits);
    }

    private final java.util.List<Overlay> overlays = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Adds a layer drawn after the records; {@link #repaint()} when what it draws changes. */
    public void addOverlay(Overlay overlay) {
        overlays.add(overlay);
        requestRedraw();
    }

    /** Asks for a fresh frame on the next pulse (overlays call this when their content changes). */
    public void repaint() {
        requestRedraw();
    }
}
