package io.opstimeline.ui.timeline;

import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard for the timeline: wheel zooms about the pointer, drag pans, click selects,
 * keys zoom, pan, fit and step through records. Changes only the view's properties.
 */
final class TimelineBehavior {
    /** One wheel notch (40 px of delta) zooms by this factor. */
    static final double WHEEL_ZOOM = 0.8;

    static final double KEY_ZOOM = 0.7;
    static final double KEY_PAN = 0.1;
    private final TimelineView view;
    private double pressX;
    private double lastX;
    private boolean dragged;

    // kept, so that the skin's dispose can take exactly these off the control again
    private final EventHandler<ScrollEvent> scroll = this::onScroll;
    private final EventHandler<MouseEvent> pressed = this::onPressed;
    private final EventHandler<MouseEvent> drag = this::onDragged;
    private final EventHandler<MouseEvent> released = this::onReleased;
    private final EventHandler<KeyEvent> key = this::onKey;
    private final EventHandler<javafx.scene.input.ContextMenuEvent> menu = this::onContextMenu;

    TimelineBehavior(TimelineView view) {
        this.view = view;
        view.addEventHandler(ScrollEvent.SCROLL, scroll);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, released);
        view.addEventFilter(KeyEvent.KEY_PRESSED, key);
        view.addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, menu);
    }

    /** Takes the input handling off the control (its skin is being replaced). */
    void dispose() {
        view.removeEventHandler(ScrollEvent.SCROLL, scroll);
        view.removeEventHandler(MouseEvent.MOUSE_PRESSED, pressed);
        view.removeEventHandler(MouseEvent.MOUSE_DRAGGED, drag);
        view.removeEventHandler(MouseEvent.MOUSE_RELEASED, released);
        view.removeEventFilter(KeyEvent.KEY_PRESSED, key);
        view.removeEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, menu);
    }

    /**
     * Right click (or the context-menu key, Shift+F10) on a record: select it and show the
     * workbench's menu for it; on a badge, its list.
     */
    private void onContextMenu(javafx.scene.input.ContextMenuEvent e) {
        HitMap hits = view.hitMap();
        double x = e.getX();
        double y = e.getY();
        if (e.isKeyboardTrigger()) {
            HitMap.ClusterBox badge = view.focusedBadgeProperty().get();
            if (badge != null) {
                listBadge(badge);
                e.consume();
                return;
            }
            java.util.Optional<HitMap.Box> box =
                    hits.boxOf(String.valueOf(view.selectedIdProperty().get()));
            if (box.isEmpty()) {
                return;
            }
            x = box.get().x() + 8;
            y = box.get().centerY();
        } else {
            return; // a right click is handled on its release (not every platform turns it into this event)
        }
        if (showRecordMenu(x, y)) {
            e.consume();
        }
    }

    /** The secondary button's release: the menu of the record or badge under the pointer. */
    private boolean showMenuAt(double x, double y) {
        java.util.Optional<HitMap.ClusterBox> badge = view.hitMap().clusterAt(x, y);
        if (badge.isPresent()) {
            listBadge(badge.get());
            return true;
        }
        return showRecordMenu(x, y);
    }

    private boolean showRecordMenu(double x, double y) {
        HitMap hits = view.hitMap();
        java.util.Optional<String> id = hits.hit(x, y);
        var factory = view.recordMenuFactoryProperty().get();
        if (id.isEmpty() || factory == null) {
            return false;
        }
        view.focusedBadgeProperty().set(null);
        view.selectedIdProperty().set(id.get());
        javafx.scene.control.ContextMenu menu = factory.call(id.get());
        if (menu != null) {
            var at = view.localToScreen(x, y);
            menu.show(view, at.getX(), at.getY());
        }
        return true;
    }

    private TimeWindow window() {
        return view.windowProperty().get();
    }

    private void set(TimeWindow w) {
        view.windowProperty().set(view.clampToData(w));
    }

    private void onScroll(ScrollEvent e) {
        if (window() == null || e.getDeltaY() == 0) {
            return;
        }
        double x = Math.max(0, e.getX() - TimelinePainter.GUTTER);
        long anchor = window().toTime(x, view.timeAreaWidth());
        set(window().zoom(Math.pow(WHEEL_ZOOM, e.getDeltaY() / 40.0), anchor));
        e.consume();
    }

    private void onPressed(MouseEvent e) {
        view.requestFocus();
        pressX = e.getX();
        lastX = e.getX();
        dragged = false;
    }

    private void onDragged(MouseEvent e) {
        if (window() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (Math.abs(e.getX() - pressX) > 3) {
            dragged = true;
        }
        double dx = e.getX() - lastX;
        lastX = e.getX();
        set(window().pan(-Math.round(dx / view.timeAreaWidth() * window().span())));
    }

    private void onReleased(MouseEvent e) {
        if (!dragged && e.getButton() == MouseButton.SECONDARY) {
            if (showMenuAt(e.getX(), e.getY())) {
                e.consume();
            }
            return;
        }
        boolean onAxis = e.getY() < view.axisTopProperty().get() + io.opstimeline.core.render.AxisPainter.HEIGHT;
        if (!dragged && e.getButton() == MouseButton.PRIMARY && !onAxis) { // records under the axis are hidden
            java.util.Optional<HitMap.ClusterBox> badge = view.hitMap().clusterAt(e.getX(), e.getY());
            if (badge.isPresent()) {
                listBadge(badge.get());
                return;
            }
            view.focusedBadgeProperty().set(null);
            view.selectedIdProperty().set(view.hitMap().hit(e.getX(), e.getY()).orElse(null));
        }
    }

    /** A count badge or a lane's "+N" lists the records it holds; choosing one selects and reveals it. */
    private void listBadge(HitMap.ClusterBox b) {
        view.focusedBadgeProperty().set(b);
        HiddenRecordsMenu.show(view, b, () -> zoomInto(b));
    }

    /**
     * "Zoom in" from a badge's list: zooming into the part of its span that is in view; when that is most
     * of the view already (long records), it zooms in about the badge instead, never out.
     */
    private void zoomInto(HitMap.ClusterBox b) {
        TimeWindow w = window();
        long from = Math.max(b.from(), w.start());
        long to = Math.min(b.to(), w.end());
        if (to - from > 0.8 * w.span()) {
            double x = b.x() + b.w() / 2 - TimelinePainter.GUTTER;
            set(w.zoom(0.4, w.toTime(x, view.timeAreaWidth())));
        } else {
            set(TimeWindow.around(from, Math.max(to, from + TimeWindow.MIN_SPAN_MS), 0.05));
        }
    }

    private void onKey(KeyEvent e) {
        TimeWindow w = window();
        if (w == null) {
            return;
        }
        switch (e.getCode()) {
            case PLUS:
            case ADD:
            case EQUALS:
                set(w.zoom(KEY_ZOOM, w.center()));
                break;
            case MINUS:
            case SUBTRACT:
                set(w.zoom(1 / KEY_ZOOM, w.center()));
                break;
            case LEFT:
                set(w.pan(-Math.round(w.span() * KEY_PAN)));
                break;
            case RIGHT:
                set(w.pan(Math.round(w.span() * KEY_PAN)));
                break;
            case HOME:
            case DIGIT0:
            case NUMPAD0:
                view.fitAll();
                break;
            case L:
                view.legendVisibleProperty().set(!view.legendVisibleProperty().get());
                break;
            case TAB:
                if (!step(e.isShiftDown() ? -1 : 1)) {
                    return; // past the last (or first) record: Tab moves on to the next control
                }
                break;
            case ESCAPE:
                view.focusedBadgeProperty().set(null);
                view.selectedIdProperty().set(null);
                break;
            case ENTER:
            case SPACE:
            case DOWN:
                if (view.focusedBadgeProperty().get() != null) {
                    listBadge(view.focusedBadgeProperty().get());
                } else if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                    view.zoomToSelection();
                } else {
                    return;
                }
                break;
            default:
                return;
        }
        e.consume();
    }

    /**
     * Tab walks the drawn records and count badges left to right, so the timeline is usable without
     * a mouse; false when there is nothing further that way, and focus should leave the timeline.
     */
    private boolean step(int direction) {
        record Stop(double x, double y, String id, HitMap.ClusterBox badge) {}
        List<Stop> stops = new java.util.ArrayList<>();
        view.hitMap().boxes().forEach(b -> stops.add(new Stop(b.x(), b.y(), b.eventId(), null)));
        view.hitMap().clusters().forEach(c -> stops.add(new Stop(c.x(), c.y(), null, c)));
        stops.sort(java.util.Comparator.comparingDouble(Stop::x).thenComparingDouble(Stop::y));
        HitMap.ClusterBox badge = view.focusedBadgeProperty().get();
        String current = view.selectedIdProperty().get();
        int at = -1;
        for (int i = 0; i < stops.size(); i++) {
            Stop s = stops.get(i);
            if (badge != null
                    ? s.badge() != null && sameBadge(s.badge(), badge)
                    : s.id() != null && s.id().equals(current)) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : stops.size() - 1) : at + direction;
        if (next < 0 || next >= stops.size()) {
            view.focusedBadgeProperty().set(null);
            return false;
        }
        Stop s = stops.get(next);
        view.focusedBadgeProperty().set(s.badge());
        if (s.id() != null) {
            view.selectedIdProperty().set(s.id());
        }
        return true;
    }

    static boolean sameBadge(HitMap.ClusterBox a, HitMap.ClusterBox b) {
        return a.lane() == b.lane() && a.from() == b.from() && a.to() == b.to() && a.count() == b.count();
    }
}
