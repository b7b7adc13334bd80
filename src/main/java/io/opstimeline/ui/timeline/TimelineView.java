package io.opstimeline.ui.timeline;

import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelineOverlay;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.BitSet;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * The timeline control: one Canvas, redrawn from a columnar {@link ItemStore} whenever the window,
 * the selection, the filter or the size changes. A dataset is turned into a store when set; a bulk
 * import (millions of items) is shown by setting the store directly. Input handling lives in
 * {@link TimelineBehavior}.
 */
public final class TimelineView extends Region {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final TimelinePainter painter = new TimelinePainter();
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<Predicate<Event>> shown = new SimpleObjectProperty<>(this, "shown", e -> true);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Lanes.Mode> laneMode = new SimpleObjectProperty<>(this, "laneMode", Lanes.Mode.KIND);
    private final ObservableList<TimelineOverlay> overlays = FXCollections.observableArrayList();
    private final ObjectProperty<ItemStore> store = new SimpleObjectProperty<>(this, "store");
    private final ObjectProperty<RowMask> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<BitSet> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final javafx.beans.property.DoubleProperty axisTopProperty =
            new javafx.beans.property.SimpleDoubleProperty(this, "axisTop", 0);
    /** The count badge the keyboard is on (Tab reaches badges as well as records), or null. */
    private final ObjectProperty<HitMap.ClusterBox> focusedBadge = new SimpleObjectProperty<>(this, "focusedBadge");
    private final TimelineLegend legend = new TimelineLegend();
    private final ObjectProperty<javafx.util.Callback<String, javafx.scene.control.ContextMenu>> recordMenuFactory =
            new SimpleObjectProperty<>(this, "recordMenuFactory");
    private long[] extent;
    private HitMap hits = new HitMap();
    private boolean redrawQueued;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        getChildren().addAll(canvas, legend);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(TimelineAccessibility.HELP);
        setAccessibleRoleDescription("timeline");
        setMinSize(300, 200);
        dataset.addListener((obs, old, d) -> {
            extent = d == null || d.events().isEmpty() ? null
                    : EventStores.of(d.events(), Lanes.byKind(d), d::kind).extent();
            rebuildIndex();
            fitAll();
        });
        shown.addListener((obs, old, p) -> rebuildIndex());
        laneMode.addListener((obs, old, m) -> rebuildIndex());
        store.addListener((obs, old, st) -> {
            filter.set(null);
            highlight.set(null);
            if (dataset.get() == null) {
                // a bulk import: its own extent, and the view fitted to it
                extent = st == null ? null : st.extent();
                fitAll();
            }
            requestRedraw();
        });
        filter.addListener((obs, old, m) -> requestRedraw());
        highlight.addListener((obs, old, h) -> requestRedraw());
        axisTopProperty.addListener((obs, old, t) -> {
            requestRedraw();
            requestLayout(); // the legend follows the axis
        });
        zone.addListener((obs, old, z) -> requestRedraw());
        theme.addListener((obs, old, t) -> {
            legend.setTheme(t);
            requestRedraw();
        });
        overlays.addListener((javafx.collections.ListChangeListener<TimelineOverlay>) c -> requestRedraw());
        window.addListener((obs, old, w) -> requestRedraw());
        selectedId.addListener((obs, old, id) -> {
            requestRedraw();
            notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
            if (id != null) {
                // selected elsewhere (table, search, nations): brought into the window once laid out
                javafx.application.Platform.runLater(() -> {
                    if (id.equals(selectedId.get())) {
                        SelectionReveal.reveal(this, id);
                    }
                });
            }
        });
        focusedBadge.addListener((obs, old, b) -> {
            requestRedraw();
            notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
        });
        new TimelineBehavior(this);
        TimelineTooltips.install(this);
    }

    /** The count badge the keyboard is on, or null; Enter lists its records. */
    public ObjectProperty<HitMap.ClusterBox> focusedBadgeProperty() {
        return focusedBadge;
    }

    /**
     * Whether the legend of symbols shows in the lanes' upper right corner; off at first, toggled by
     * L on the timeline (a View menu item binds to it).
     */
    public javafx.beans.property.BooleanProperty legendVisibleProperty() {
        return legend.visibleProperty();
    }

    /**
     * Makes the menu shown for a record on a right click or the context-menu key (given the
     * record's id; null for none). The workbench supplies it, so the menu acts through its model.
     */
    public ObjectProperty<javafx.util.Callback<String, javafx.scene.control.ContextMenu>> recordMenuFactoryProperty() {
        return recordMenuFactory;
    }

    /** Pans (and, when it is folded, zooms in) until the record is drawn; nothing if it already is. */
    public void reveal(String id) {
        SelectionReveal.reveal(this, id);
    }

    @Override
    public Object queryAccessibleAttribute(javafx.scene.AccessibleAttribute attribute, Object... parameters) {
        // described on demand, so a frame builds no text for a screen reader nobody may be running
        switch (attribute) {
            case TEXT: return TimelineAccessibility.describeFocus(this);
            case HELP: return TimelineAccessibility.describeLanes(this);
            default: return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    /** Records to draw at all (the filter in "hide" mode); the rest are left out of the index. */
    public ObjectProperty<Predicate<Event>> shownProperty() {
        return shown;
    }

    /** Zone for the axis; null means the dataset's own zone. */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Drawn on top of the records, in order, every frame. */
    public ObservableList<TimelineOverlay> overlays() {
        return overlays;
    }

    /** The zone the axis is drawn in now. */
    public ZoneId effectiveZone() {
        return zone.get() != null ? zone.get() : dataset.get() == null ? ZoneId.of("UTC") : dataset.get().timeZone();
    }

    private void rebuildIndex() {
        Dataset d = dataset.get();
        store.set(d == null ? null : EventStores.of(d.events().stream().filter(shown.get()).toList(),
                Lanes.of(d, laneMode.get()), d::kind));
    }

    /** Lanes by event kind (default) or by nation. */
    public ObjectProperty<Lanes.Mode> laneModeProperty() {
        return laneMode;
    }

    /** What is drawn: built from the dataset, or set directly for bulk imports (then the dataset is null). */
    public ObjectProperty<ItemStore> storeProperty() {
        return store;
    }

    /**
     * Rows of the store that pass a filter, and whether the rest is dimmed or hidden; null for none.
     * Reset when the store changes. Built with {@link io.opstimeline.core.index.RowFilters}.
     */
    public ObjectProperty<RowMask> filterProperty() {
        return filter;
    }

    /** Rows of the store to mark as search matches; null for none. Reset when the store changes. */
    public ObjectProperty<BitSet> highlightProperty() {
        return highlight;
    }

    /** The canvas, for benchmarks that must force its rasterising with a snapshot. */
    public Canvas canvas() {
        return canvas;
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
        if (extent == null) {
            return;
        }
        TimeWindow w = TimeWindow.around(extent[0], extent[1], 0.03);
        // extra room on the right: the last records' labels extend past their dates
        window.set(new TimeWindow(w.start(), w.end() + w.span() / 8));
    }

    /** Enter on a record: show it, with everything it may cover, filling a third of the view. */
    public void zoomToSelection() {
        Dataset d = dataset.get();
        String id = selectedId.get();
        ItemStore st = store.get();
        if (d == null && st != null && id != null) {
            // a bulk import has no events: find the row by id (one pass over the ids, on Enter only)
            int r = io.opstimeline.core.index.RowOrder.rowOf(st, id);
            if (r >= 0) {
                window.set(TimeWindow.around(st.start(r), Math.max(st.end(r), st.start(r) + 3_600_000L), 1.0));
                return;
            }
        }
        if (d == null || id == null) {
            return;
        }
        d.event(id).ifPresent(e -> {
            long from = e.coverStart().toEpochMilli();
            long to = Math.max(e.coverEnd().toEpochMilli(), from + 3_600_000L);
            window.set(TimeWindow.around(from, to, 1.0));
        });
    }

    /** Limits for pan and zoom: the data's extent with generous room either side. */
    TimeWindow clampToData(TimeWindow w) {
        if (extent == null) {
            return w;
        }
        long[] e = extent;
        long pad = Math.max(TimeWindow.MIN_SPAN_MS, (e[1] - e[0]) / 2);
        return w.clamp(e[0] - pad, e[1] + pad);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        // the legend in the upper right corner of what the scroller shows, under the axis band
        legend.autosize();
        legend.relocate(Math.max(TimelinePainter.GUTTER, w - legend.getWidth() - 12),
                axisTopProperty.get() + AxisPainter.HEIGHT + 8);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Coalesces bursts of changes (wheel events) into one paint per pulse. */
    public void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            javafx.application.Platform.runLater(() -> {
                if (redrawQueued) {
                    redraw();
                }
            });
        }
    }

    /**
     * How far the view is scrolled down inside a vertical scroller: the axis is drawn there, so it
     * stays in sight over the lanes (19 nation lanes do not fit). 0 when not scrolled.
     */
    public javafx.beans.property.DoubleProperty axisTopProperty() {
        return axisTopProperty;
    }

    /** Paints now; tests and the benchmark call this to measure or inspect one frame. */
    public void redraw() {
        redrawQueued = false;
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        ItemStore st = store.get();
        if (st == null || window.get() == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            return;
        }
        if (StartupProbe.PRINT) {
            StartupProbe.frameDrawn(); // start-up measurement, off by default
        }
        RowMask mask = filter.get() != null && filter.get().source() == st ? filter.get() : null;
        double axisTop = Math.min(axisTopProperty.get(), Math.max(0, h - AxisPainter.HEIGHT));
        paint(surface, st, mask, w, h, axisTop);
    }

    /** The records, then the overlays over the lanes, onto the surface of this frame. */
    private void paint(Surface surface, ItemStore st, RowMask mask, double w, double h, double axisTop) {
        hits = painter.paint(surface, new Frame(st, window.get(), w, h, effectiveZone(), selectedId.get(),
                theme.get(), mask, highlight.get()).withAxisTop(axisTop));
        TimelineOverlay.Frame frame = new TimelineOverlay.Frame(window.get(), TimelinePainter.GUTTER, timeAreaWidth(),
                AxisPainter.HEIGHT, h - AxisPainter.HEIGHT, hits, theme.get());
        for (TimelineOverlay overlay : overlays) {
            surface.pushClip(TimelinePainter.GUTTER, axisTop + AxisPainter.HEIGHT, timeAreaWidth(),
                    h - axisTop - AxisPainter.HEIGHT);
            overlay.paint(surface, frame);
            surface.popClip();
        }
        HitMap.ClusterBox badge = focusedBadge.get();
        if (badge != null) {
            // the keyboard's place among the badges, as a focus ring
            hits.clusters().stream().filter(c -> TimelineBehavior.sameBadge(c, badge)).findFirst().ifPresent(c -> {
                surface.setStroke(theme.get().selection(), 1, 2);
                surface.strokeRect(c.x() - 2, c.y() - 2, c.w() + 4, c.h() + 4);
            });
        }
    }
}
