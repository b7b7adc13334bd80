package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;

/**
 * Brings a record into the timeline's window: pans when it is outside, and zooms in about it only
 * while it is folded into a badge or a lane's "+N". Runs on a selection (a few frames at most),
 * never per frame.
 */
final class SelectionReveal {
    /** Enough halvings to go from a year to under an hour; a record still folded then is left alone. */
    private static final int MAX_ZOOMS = 14;

    private SelectionReveal() {
    }

    /** Moves the view's window so that record {@code id} is drawn; does nothing if it already is. */
    static void reveal(TimelineView view, String id) {
        TimeWindow w = view.windowProperty().get();
        long[] span = span(view, id);
        if (w == null || span == null || view.getWidth() < 1 || view.getHeight() < 1) {
            return;
        }
        view.redraw();
        if (view.hitMap().boxOf(id).isPresent()) {
            return;
        }
        long from = span[0];
        long to = Math.max(span[1], from + 1);
        if (!w.overlaps(from, to)) {
            // pan: the record's start a third in, so its label has room to the right
            w = w.pan(from - (w.start() + w.span() / 3));
        }
        for (int i = 0; i < MAX_ZOOMS && !drawnIn(view, w, id); i++) {
            w = w.zoom(0.5, Math.max(w.start(), Math.min(w.end(), from)));
            if (w.span() <= TimeWindow.MIN_SPAN_MS) {
                break;
            }
        }
        view.windowProperty().set(view.clampToData(w));
    }

    private static boolean drawnIn(TimelineView view, TimeWindow w, String id) {
        view.windowProperty().set(view.clampToData(w));
        view.redraw();
        return view.hitMap().boxOf(id).isPresent();
    }

    /** The time the record covers, or null when the view does not hold it. */
    private static long[] span(TimelineView view, String id) {
        Dataset d = view.datasetProperty().get();
        if (d != null) {
            return d.event(id).map(e -> new long[] {e.coverStart().toEpochMilli(), e.coverEnd().toEpochMilli()})
                    .orElse(null);
        }
        ItemStore st = view.storeProperty().get();
        int row = st == null ? -1 : RowOrder.rowOf(st, id);
        return row < 0 ? null : new long[] {st.start(row), st.end(row)};
    }
}
