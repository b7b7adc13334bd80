package io.opstimeline.ui.map;

import io.opstimeline.core.document.FilterResult;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.map.Basemap;
import io.opstimeline.core.map.GeoBounds;
import io.opstimeline.core.map.MapExtent;
import io.opstimeline.core.map.MapPainter;
import io.opstimeline.core.map.MapProjection;
import io.opstimeline.core.map.MapStyle;
import io.opstimeline.core.map.MarkerGroup;
import io.opstimeline.core.map.OffMapPointer;
import io.opstimeline.core.map.PlaceRecords;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.WorkbenchModel;
import io.opstimeline.ui.timeline.FxSurface;
import java.util.List;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.value.ObservableValue;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

/**
 * The map of the campaign, linked like the other views: it shows the records of the timeline's
 * window at their places, follows the filter (hide or dim) and the selection, selects a record when
 * its marker is clicked (again to step through a crowded marker's records), and lists a marker's
 * records on hover. Drag pans, the wheel zooms about the pointer, double-click shows the whole
 * region again. Drawing is the core {@link MapPainter} through {@link FxSurface}, as exports draw it.
 */
public final class MapPane extends Region {
    private static final double CLICK_SLACK = 3;
    private static final int HOVER_LINES = 12;
    /** The basemap's margin beyond each edge: a quarter of the pane (so one step of zooming out stays covered), at most this. */
    private static final double MAX_BASEMAP_MARGIN = 480;
    /** How long the view must rest before the basemap is drawn anew at it. */
    private static final double BASEMAP_SETTLE_MS = 150;

    private final WorkbenchModel model;
    private final ObservableValue<Theme> theme;
    /**
     * The basemap, drawn a margin beyond the pane on every side once the view rests, and placed by
     * {@link #basemapPlacement} (see {@link #placeBasemap}). The records' layer lies over it and is
     * drawn anew for every view.
     */
    private final Canvas basemapCanvas = new Canvas();

    private final FxSurface basemapSurface = new FxSurface(basemapCanvas.getGraphicsContext2D());
    private final Affine basemapPlacement = new Affine();
    private final PauseTransition basemapSettle = new PauseTransition(Duration.millis(BASEMAP_SETTLE_MS));
    /** The view the basemap canvas was drawn in (the pane's view grown by the margin), and the pane's view then. */
    private MapProjection basemapDrawn;

    private MapProjection basemapDrawnFor;
    private boolean basemapHasMargin;
    private Theme basemapTheme;
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final MapPainter painter = new MapPainter();
    private final Label hover = new Label();
    private final MapHover hoverText = new MapHover(HOVER_LINES);
    private MapProjection view;
    private List<MarkerGroup> drawn = List.of();
    private List<OffMapPointer> pointers = List.of();
    private double pressX;
    private double pressY;
    private MapProjection pressView;
    private boolean dragged;
    /** Until the user pans or zooms, the map keeps showing the campaign's places whole as the pane resizes. */
    private boolean userMoved;

    private boolean stale;

    private List<PlaceRecords> queried = List.of();
    private Dataset queriedDataset;
    private TimeWindow queriedWindow;
    private FilterResult queriedResult;
    private boolean queriedHide;

    public MapPane(WorkbenchModel model, ObservableValue<Theme> theme) {
        this.model = model;
        this.theme = theme;
        getStyleClass().add("map-pane");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(
                "Map of the records in the timeline's window; drag to pan, scroll to zoom, click a place to select");
        setFocusTraversable(true);
        hover.getStyleClass().add("map-hover");
        hover.setStyle("-fx-background-color: rgba(255,255,255,0.94); -fx-text-fill: #1b1f24; -fx-padding: 6 8;"
                + " -fx-border-color: #8c9aa8; -fx-border-radius: 3; -fx-background-radius: 3; -fx-font-size: 11px;");
        hover.setMouseTransparent(true);
        hover.setVisible(false);
        hover.setManaged(false);
        getChildren().addAll(basemapCanvas, canvas, hover);
        basemapCanvas.getTransforms().add(basemapPlacement);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        basemapSettle.setOnFinished(e -> {
            if (view != null && (!view.equals(basemapDrawnFor) || !basemapHasMargin) && shown()) {
                drawBasemap(MapStyle.of(theme.getValue()), true);
            }
        });
        setMinSize(120, 80);
        model.datasetProperty().addListener((o, a, d) -> {
            view = null; // a new campaign opens on its own places
            userMoved = false;
            requestLayout();
            redraw();
        });
        model.windowProperty().addListener((o, a, w) -> redraw());
        model.filterResultProperty().addListener((o, a, f) -> redraw());
        model.modeProperty().addListener((o, a, m) -> redraw());
        model.selectedIdProperty().addListener((o, a, id) -> redraw());
        theme.addListener((o, a, t) -> redraw());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> showHover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The current view, for tests and for an export that wants the map as seen. */
    public MapProjection view() {
        return view;
    }

    /** True when this pane and every ancestor are visible (a tab not selected hides its content). */
    private boolean shown() {
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return getScene() != null;
    }

    /** Draws what changed while the pane was hidden; the Map tab calls it when it is shown again. */
    public void redrawIfStale() {
        if (stale) {
            redraw();
        }
    }

    /** Shows {@code region} whole, centred (as a double-click shows the campaign's places again). */
    public void fitTo(GeoBounds region) {
        if (getWidth() > 0 && getHeight() > 0) {
            view = MapProjection.fit(region, getWidth(), getHeight());
            userMoved = !region.equals(homeRegion());
            redraw();
        }
    }

    /** The dataset's places with a margin, or the whole basemap when it has none. */
    GeoBounds homeRegion() {
        Dataset d = model.datasetProperty().get();
        return MapExtent.home(
                d == null ? List.of() : d.places(), Basemap.bundled().bounds());
    }

    /** The markers of the last frame, as drawn. */
    public List<MarkerGroup> markers() {
        return drawn;
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            basemapDrawn = null;
            view = view == null || !userMoved ? null : view.withSize(getWidth(), getHeight());
            redraw();
        }
        if (view == null && getWidth() > 0 && getHeight() > 0) {
            view = MapProjection.fit(homeRegion(), getWidth(), getHeight());
            redraw();
        }
        hover.autosize();
    }

    /** Repaints now; called on every change of data, window, filter, selection or view. */
    public void redraw() {
        if (view == null || canvas.getWidth() < 1 || canvas.getHeight() < 1) {
            return;
        }
        if (!shown()) {
            // A Canvas that is not on screen never consumes its drawing commands: drawing into the
            // hidden Map tab on every window change filled the heap (JourneyTest, 1 GB). Draw once shown.
            stale = true;
            return;
        }
        stale = false;
        Dataset d = model.datasetProperty().get();
        TimeWindow window = model.windowProperty().get();
        List<PlaceRecords> places = recordsInWindow(d, window);
        String selected = model.selectedIdProperty().get();
        MapPainter.Content content = new MapPainter.Content(
                places,
                kind -> {
                    EventKind k = d == null ? null : d.kind(kind);
                    return k == null ? null : k.color();
                },
                selected == null ? Set.of() : Set.of(selected));
        MapStyle style = MapStyle.of(theme.getValue());
        placeBasemap(style);
        canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        MapPainter.Frame frame = painter.paintRecords(surface, view, style, content);
        drawn = frame.markers();
        pointers = frame.pointers();
    }

    /**
     * Shows the basemap at the current view. A pan within the margin moves the drawing already made
     * (exact: both axes are linear), and the view is drawn anew, margin and all, once it rests. A zoom,
     * a jump or a pan beyond the margin draws now: scaling the old drawing cost the software pipeline
     * as much as drawing anew, and looked worse. A drawing made mid-gesture has no margin; the rest adds it.
     */
    private void placeBasemap(MapStyle style) {
        if (basemapDrawn == null || theme.getValue() != basemapTheme) {
            // a first view, a new size or theme: no pan or zoom is under way, so draw it whole now
            // rather than twice (a second drawing, a moment later, would land in the user's next steps)
            drawBasemap(style, true);
            return;
        }
        MapProjection.ScreenShift shift = basemapDrawn.shiftTo(view);
        boolean pan = Math.abs(shift.scale() - 1) < 1e-9;
        if (view.equals(basemapDrawnFor)) {
            place(shift);
        } else if (pan && shift.covers(basemapDrawn.width(), basemapDrawn.height(), view.width(), view.height())) {
            place(shift);
            basemapSettle.playFromStart();
        } else {
            // beyond the margin, keep panning over a new one; a new zoom draws no more than is seen
            drawBasemap(style, pan);
            basemapSettle.playFromStart();
        }
    }

    private void place(MapProjection.ScreenShift shift) {
        basemapPlacement.setToTransform(shift.scale(), 0, shift.dx(), 0, shift.scale(), shift.dy());
    }

    /**
     * Draws the basemap at the current view now, margin and all, as it is drawn once the view rests;
     * for the bench, which times this apart from the steps.
     */
    public void drawBasemapAtRest() {
        if (view != null) {
            drawBasemap(MapStyle.of(theme.getValue()), true);
        }
    }

    private void drawBasemap(MapStyle style, boolean withMargin) {
        basemapSettle.stop();
        double marginX = withMargin ? Math.ceil(Math.min(MAX_BASEMAP_MARGIN, view.width() / 4)) : 0;
        double marginY = withMargin ? Math.ceil(Math.min(MAX_BASEMAP_MARGIN, view.height() / 4)) : 0;
        MapProjection drawn = view.withSize(view.width() + 2 * marginX, view.height() + 2 * marginY);
        basemapCanvas.setWidth(drawn.width());
        basemapCanvas.setHeight(drawn.height());
        painter.paintBasemap(basemapSurface, drawn, Basemap.bundled(), style);
        basemapDrawn = drawn;
        basemapDrawnFor = view;
        basemapHasMargin = withMargin;
        basemapTheme = theme.getValue();
        basemapPlacement.setToTransform(1, 0, -marginX, 0, 1, -marginY);
    }

    /**
     * The window's records at their places, asked again only when the data, window, filter or its
     * mode changed: panning or zooming the map moves the markers, not what they hold.
     */
    private List<PlaceRecords> recordsInWindow(Dataset d, TimeWindow window) {
        if (d == null || window == null) {
            return List.of();
        }
        boolean hide = model.modeProperty().get() == FilterMode.HIDE;
        FilterResult result = model.filterResultProperty().get();
        if (d != queriedDataset || !window.equals(queriedWindow) || result != queriedResult || hide != queriedHide) {
            queried = PlaceRecords.inWindowByPosition(d, window, model::matchesAt, hide);
            queriedDataset = d;
            queriedWindow = window;
            queriedResult = result;
            queriedHide = hide;
        }
        return queried;
    }

    /** The arrows on the edge of the last frame, standing for markers beyond it. */
    public List<OffMapPointer> pointers() {
        return pointers;
    }

    private OffMapPointer pointerAt(double x, double y) {
        for (OffMapPointer p : pointers) {
            if (p.hits(x, y, CLICK_SLACK)) {
                return p;
            }
        }
        return null;
    }

    /** Takes the view to the place an edge arrow stands for, at the same zoom. */
    void follow(OffMapPointer p) {
        Place target = p.place();
        view = view.pan(
                view.x(view.centerLon()) - view.x(target.longitude()),
                view.y(view.centerLat()) - view.y(target.latitude()));
        userMoved = true;
        redraw();
    }

    private MarkerGroup groupAt(double x, double y) {
        // Drawn last is on top: search from the end.
        for (int i = drawn.size() - 1; i >= 0; i--) {
            if (drawn.get(i).hits(x, y, CLICK_SLACK)) {
                return drawn.get(i);
            }
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        // consumed: the tab pane around the map takes the focus for itself on any press it hears,
        // and the arrow keys then switched tabs instead of panning the map
        e.consume();
        pressX = e.getX();
        pressY = e.getY();
        pressView = view;
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (pressView == null) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (Math.abs(dx) + Math.abs(dy) > 3) {
            dragged = true;
        }
        if (dragged) {
            view = pressView.pan(dx, dy);
            userMoved = true;
            hover.setVisible(false);
            redraw();
        }
    }

    private void released(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.PRIMARY) {
            OffMapPointer arrow = groupAt(e.getX(), e.getY()) == null ? pointerAt(e.getX(), e.getY()) : null;
            if (arrow != null) {
                follow(arrow);
            } else if (e.getClickCount() == 2 && groupAt(e.getX(), e.getY()) == null) {
                fitTo(homeRegion());
            } else {
                select(groupAt(e.getX(), e.getY()));
            }
        }
        pressView = null;
    }

    /** Selects the group's first record, or the one after the selected one when it is already in the group. */
    void select(MarkerGroup group) {
        if (group == null) {
            return;
        }
        List<Event> records = group.records();
        String current = model.selectedIdProperty().get();
        int at = -1;
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).id().equals(current)) {
                at = i;
            }
        }
        model.selectedIdProperty().set(records.get((at + 1) % records.size()).id());
    }

    private void scrolled(ScrollEvent e) {
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        view = view.zoom(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        userMoved = true;
        redraw();
        showHover(e.getX(), e.getY());
        e.consume();
    }

    private void key(KeyEvent e) {
        if (view == null) {
            return;
        }
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> view = view.zoom(1.5, cx, cy);
            case MINUS, SUBTRACT -> view = view.zoom(1 / 1.5, cx, cy);
            case LEFT -> view = view.pan(60, 0);
            case RIGHT -> view = view.pan(-60, 0);
            case UP -> view = view.pan(0, 60);
            case DOWN -> view = view.pan(0, -60);
            case HOME -> view = MapProjection.fit(homeRegion(), getWidth(), getHeight());
            default -> {
                return;
            }
        }
        userMoved = e.getCode() != javafx.scene.input.KeyCode.HOME;
        redraw();
        e.consume();
    }

    private void showHover(double x, double y) {
        MarkerGroup g = groupAt(x, y);
        OffMapPointer arrow = g == null ? pointerAt(x, y) : null;
        if (arrow != null) {
            // list what lies beyond the edge as a marker of all the arrow's places would
            g = new MarkerGroup(
                    arrow.x(),
                    arrow.y(),
                    0,
                    arrow.targets().stream().flatMap(t -> t.places().stream()).toList());
        }
        if (g == null) {
            hover.setVisible(false);
            return;
        }
        Dataset d = model.datasetProperty().get();
        hover.setText(hoverText.describe(g, d == null ? java.time.ZoneOffset.UTC : d.timeZone()));
        hover.autosize();
        double hx = Math.min(x + 14, getWidth() - hover.getWidth() - 4);
        double hy = Math.min(y + 14, getHeight() - hover.getHeight() - 4);
        hover.relocate(Math.max(4, hx), Math.max(4, hy));
        hover.setVisible(true);
    }
}
