package io.opstimeline.ui.timeline;

import io.opstimeline.core.document.FilterResult;
import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelineOverlay;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.BitSet;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.util.Callback;

/**
 * The timeline control. Its properties are its API: the open {@link TimelineDocument} (a
 * dataset's or an items file's, alike), the filter's result over its records and the filter mode,
 * the window, the selection, the zone, the theme, the lane mode, the overlays. From them it keeps
 * what is to be drawn: the document's store for the lane mode, the result as a row mask (dim or
 * hide) and search highlights. Drawing is its skin's ({@link TimelineSkin}: one Canvas, painted
 * by the core's {@link TimelinePainter}); input is {@link TimelineBehavior}'s, which the skin
 * installs. The benchmark sets a store directly, with no document.
 */
public final class TimelineView extends Control {
    private final ObjectProperty<TimelineDocument> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<FilterResult> filterResult =
            new SimpleObjectProperty<>(this, "filterResult", FilterResult.NONE);
    private final ObjectProperty<FilterMode> filterMode =
            new SimpleObjectProperty<>(this, "filterMode", FilterMode.DIM);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Lanes.Mode> laneMode = new SimpleObjectProperty<>(this, "laneMode", Lanes.Mode.KIND);
    private final ObservableList<TimelineOverlay> overlays = FXCollections.observableArrayList();
    private final ObjectProperty<ItemStore> store = new SimpleObjectProperty<>(this, "store");
    private final ObjectProperty<RowMask> filter = new SimpleObjectProperty<>(this, "filter");
    private final ObjectProperty<BitSet> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final DoubleProperty axisTop = new SimpleDoubleProperty(this, "axisTop", 0);
    /** The count badge the keyboard is on (Tab reaches badges as well as records), or null. */
    private final ObjectProperty<HitMap.ClusterBox> focusedBadge = new SimpleObjectProperty<>(this, "focusedBadge");

    private final BooleanProperty legendVisible = new SimpleBooleanProperty(this, "legendVisible", false);
    private final ObjectProperty<Callback<String, ContextMenu>> recordMenuFactory =
            new SimpleObjectProperty<>(this, "recordMenuFactory");
    private long[] extent;

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        setAccessibleText(TimelineAccessibility.HELP);
        setAccessibleRoleDescription("timeline");
        setMinSize(300, 200);
        document.addListener((obs, old, doc) -> {
            extent = doc == null ? null : doc.extent();
            rebuildIndex();
            fitAll();
        });
        laneMode.addListener((obs, old, m) -> rebuildIndex());
        store.addListener((obs, old, st) -> {
            if (document.get() == null) {
                // a store set directly (the benchmark): its own extent, and the view fitted to it
                extent = st == null ? null : st.extent();
                fitAll();
            }
            applyFilterResult();
        });
        filterResult.addListener((obs, old, r) -> applyFilterResult());
        filterMode.addListener((obs, old, m) -> applyFilterResult());
        selectedId.addListener((obs, old, id) -> {
            notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
            if (id != null) {
                // selected elsewhere (table, search, nations): brought into the window once laid out
                Platform.runLater(() -> {
                    if (id.equals(selectedId.get())) {
                        SelectionReveal.reveal(this, id);
                    }
                });
            }
        });
        focusedBadge.addListener((obs, old, b) -> notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT));
        // the skin from the start, not at the first CSS pass: the benchmark and tests draw a
        // timeline that is not (yet) in a scene
        setSkin(createDefaultSkin());
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    private TimelineSkin skin() {
        return (TimelineSkin) getSkin();
    }

    /** What is open; its store for the lane mode is what is drawn. */
    public ObjectProperty<TimelineDocument> documentProperty() {
        return document;
    }

    /** The filter's result over the document's records: what passes, and what the search finds. */
    public ObjectProperty<FilterResult> filterResultProperty() {
        return filterResult;
    }

    /** Whether records the filter rejects are dimmed or hidden. */
    public ObjectProperty<FilterMode> filterModeProperty() {
        return filterMode;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    /** Id of the selected record, or null. */
    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** Zone for the axis; null means the document's own zone. */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Lanes by event kind (default) or by nation. */
    public ObjectProperty<Lanes.Mode> laneModeProperty() {
        return laneMode;
    }

    /** Drawn on top of the records, in order, every frame. */
    public ObservableList<TimelineOverlay> overlays() {
        return overlays;
    }

    /** What is drawn: the document's store for the lane mode, or one set directly (the benchmark, no document). */
    public ObjectProperty<ItemStore> storeProperty() {
        return store;
    }

    /**
     * Rows of the store that pass the filter, and whether the rest is dimmed or hidden; null for
     * none. Follows {@link #filterResultProperty()} and the store; the benchmark sets it directly.
     */
    public ObjectProperty<RowMask> filterProperty() {
        return filter;
    }

    /** Rows of the store to mark as search matches; null for none. Follows the filter's result. */
    public ObjectProperty<BitSet> highlightProperty() {
        return highlight;
    }

    /**
     * How far the view is scrolled down inside a vertical scroller: the axis is drawn there, so it
     * stays in sight over the lanes scrolled under it (19 nation lanes do not fit). 0 when not scrolled.
     */
    public DoubleProperty axisTopProperty() {
        return axisTop;
    }

    /** The count badge the keyboard is on, or null; Enter lists its records. */
    public ObjectProperty<HitMap.ClusterBox> focusedBadgeProperty() {
        return focusedBadge;
    }

    /**
     * Whether the legend of symbols shows in the lanes' upper right corner; off at first, toggled by
     * L on the timeline (a View menu item binds to it).
     */
    public BooleanProperty legendVisibleProperty() {
        return legendVisible;
    }

    /**
     * Makes the menu shown for a record on a right click or the context-menu key (given the
     * record's id; null for none). The workbench supplies it, so the menu acts through its model.
     */
    public ObjectProperty<Callback<String, ContextMenu>> recordMenuFactoryProperty() {
        return recordMenuFactory;
    }

    /** The zone the axis is drawn in now: the chosen one, else the document's own, else UTC. */
    public ZoneId effectiveZone() {
        return zone.get() != null
                ? zone.get()
                : document.get() == null ? TimelineDocument.UTC : document.get().zone();
    }

    private void rebuildIndex() {
        TimelineDocument doc = document.get();
        store.set(doc == null ? null : doc.store(laneMode.get()));
    }

    /** The filter's result in rows of the drawn store: the mask (dim or hide) and the search highlights. */
    private void applyFilterResult() {
        TimelineDocument doc = document.get();
        ItemStore st = store.get();
        if (doc == null || st == null) {
            filter.set(null);
            highlight.set(null);
            return;
        }
        FilterResult r = filterResult.get();
        BitSet passing = doc.rowsOf(st, r.passing());
        filter.set(
                passing == null
                        ? null
                        : new RowMask(
                                st,
                                passing,
                                filterMode.get() == FilterMode.HIDE ? RowMask.Mode.HIDE : RowMask.Mode.DIM));
        highlight.set(doc.rowsOf(st, r.hits()));
    }

    /** Pans (and, when it is folded, zooms in) until the record is drawn; nothing if it already is. */
    public void reveal(String id) {
        SelectionReveal.reveal(this, id);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        // described on demand, so a frame builds no text for a screen reader nobody may be running
        switch (attribute) {
            case TEXT:
                return TimelineAccessibility.describeFocus(this);
            case HELP:
                return TimelineAccessibility.describeLanes(this);
            default:
                return super.queryAccessibleAttribute(attribute, parameters);
        }
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
        TimelineDocument doc = document.get();
        int r = doc == null ? -1 : doc.indexOf(selectedId.get());
        if (r >= 0) {
            ItemStore records = doc.records();
            window.set(
                    TimeWindow.around(records.start(r), Math.max(records.end(r), records.start(r) + 3_600_000L), 1.0));
        }
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

    /** Width of the time area, the part of the view that the window maps onto. */
    public double timeAreaWidth() {
        return Math.max(1, getWidth() - TimelinePainter.GUTTER);
    }

    /** What the last frame drew where; for hit-testing and tests. */
    public HitMap hitMap() {
        return skin().hitMap();
    }

    /** The canvas, for benchmarks that must force its rasterising with a snapshot. */
    public Canvas canvas() {
        return skin().canvas();
    }

    /** Coalesces bursts of changes (wheel events) into one paint per pulse. */
    public void requestRedraw() {
        skin().requestRedraw();
    }

    /** Paints now; tests and the benchmark call this to measure or inspect one frame. */
    public void redraw() {
        skin().redraw();
    }
}
