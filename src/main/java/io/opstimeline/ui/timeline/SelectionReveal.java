package io.opstimeline.ui.timeline;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;

/**
 * Brings a record into the timeline's window: pans when it is outside, and zooms in about it only
 * while it is folded into a badge or a lane's "+N". Runs on a selection (a few frames at most),
 * never per frame.
 */
final class SelectionReveal {
    /** Enough halvings to go from a year to under an hour; a record still folded then is left alone. */
    private static final int MAX_ZOOMS = 14;

    private SelectionReveal() {}

    /** Moves the view's window so that record {@code id} is drawn; does nothing if it already is. */
    static void reveal(TimelineView view, String id) {
        TimeWindow w = view.windowProperty().get();
        long[] span = span(view, id);
        if (w == null || span == null || view.getWidth() < 1 || view.getHeight() < 1) {
            return;
        }
        view.redraw();
        if (view.hitMap().boxOf(id).isPresent()) {
            scrollToLane(view, id);
            return;
        }
        long from = span[0];
        long to = Math.max(span[1], from + 1);
        if (!w.overlaps(from, to)) {
            // pan: the record's start a third in, so its label has room to the right
            w = w.pan(from - (w.start() + w.span() / 3));
        }
        ItemStore drawn = view.hitMap().store();
        if (drawn == null || RowOrder.rowOf(drawn, id) < 0) {
            // hidden by the filter: no zoom would draw it, so only pan to where it is
            view.windowProperty().set(view.clampToData(w));
            return;
        }
        for (int i = 0; i < MAX_ZOOMS && !drawnIn(view, w, id); i++) {
            w = w.zoom(0.5, Math.max(w.start(), Math.min(w.end(), from)));
            if (w.span() <= TimeWindow.MIN_SPAN_MS) {
                break;
            }
        }
        view.windowProperty().set(view.clampToData(w));
        view.redraw();
        scrollToLane(view, id);
    }

    /**
     * With more lanes than fit (19 nations at 1280x720) the view sits in a vertical scroller: the
     * record's lane is scrolled to the middle when it is out of sight or under the axis.
     */
    private static void scrollToLane(TimelineView view, String id) {
        javafx.scene.Parent p = view.getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
            p = p.getParent();
        }
        HitMap.Box box = view.hitMap().boxOf(id).orElse(null);
        if (p == null || box == null) {
            return;
        }
        javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) p;
        double viewport = scroller.getViewportBounds().getHeight();
        double hidden = view.getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        double top = scroller.getVvalue() * hidden;
        if (box.y() < top + AxisPainter.HEIGHT || box.y() + box.h() > top + viewport) {
            double wanted = Math.max(0, Math.min(hidden, box.centerY() - viewport / 2));
            scroller.setVvalue(wanted / hidden);
        }
    }

    private static boolean drawnIn(TimelineView view, TimeWindow w, String id) {
        view.windowProperty().set(view.clampToData(w));
        view.redraw();
        return view.hitMap().boxOf(id).isPresent();
    }

    /** The time the record covers, or null when the view does not hold it. */
    private static long[] span(TimelineView view, String id) {
        TimelineDocument doc = view.documentProperty().get();
        int r = doc == null ? -1 : doc.indexOf(id);
        return r < 0 ? null : new long[] {doc.records().start(r), doc.records().end(r)};
    }
}
