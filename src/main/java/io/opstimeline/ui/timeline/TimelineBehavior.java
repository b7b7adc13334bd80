package io.opstimeline.ui.timeline;

import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
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

    TimelineBehavior(TimelineView view) {
        this.view = view;
        view.addEventHandler(ScrollEvent.SCROLL, this::onScroll);
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
        view.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
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
        boolean onAxis = e.getY() < view.axisTopProperty().get() + io.opstimeline.core.render.AxisPainter.HEIGHT;
        if (!dragged && e.getButton() == MouseButton.PRIMARY && !onAxis) { // records under the axis are hidden
            java.util.Optional<HitMap.ClusterBox> badge = view.hitMap().clusterAt(e.getX(), e.getY());
            if (badge.isPresent()) {
                openBadge(badge.get());
                return;
            }
            view.selectedIdProperty().set(view.hitMap().hit(e.getX(), e.getY()).orElse(null));
        }
    }

    /**
     * A count badge opens by zooming into the part of its span that is in view; when that is most
     * of the view already (long records), it zooms in about the badge instead, never out.
     */
    private void openBadge(HitMap.ClusterBox b) {
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
            case PLUS: case ADD: case EQUALS: set(w.zoom(KEY_ZOOM, w.center())); break;
            case MINUS: case SUBTRACT: set(w.zoom(1 / KEY_ZOOM, w.center())); break;
            case LEFT: set(w.pan(-Math.round(w.span() * KEY_PAN))); break;
            case RIGHT: set(w.pan(Math.round(w.span() * KEY_PAN))); break;
            case HOME: case DIGIT0: case NUMPAD0: view.fitAll(); break;
            case TAB: stepSelection(e.isShiftDown() ? -1 : 1); break;
            case ESCAPE: view.selectedIdProperty().set(null); break;
            case ENTER: view.zoomToSelection(); break;
            default: return;
        }
        e.consume();
    }

    /** Tab walks the drawn records in time order, so the timeline is usable without a mouse. */
    private void stepSelection(int direction) {
        List<HitMap.Box> boxes = view.hitMap().boxes().stream()
                .sorted((a, b) -> Double.compare(a.x(), b.x())).toList();
        if (boxes.isEmpty()) {
            return;
        }
        String current = view.selectedIdProperty().get();
        int at = -1;
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).eventId().equals(current)) {
                at = i;
            }
        }
        int next = at < 0 ? (direction > 0 ? 0 : boxes.size() - 1) : Math.floorMod(at + direction, boxes.size());
        view.selectedIdProperty().set(boxes.get(next).eventId());
    }
}
