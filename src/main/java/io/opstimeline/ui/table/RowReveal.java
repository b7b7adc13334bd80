package io.opstimeline.ui.table;

import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Scrolls a table so that a row sits in the middle of its viewport, where the eye looks, rather
 * than at the edge (TableView.scrollTo puts it at the top; scrolling to "index - 3" left it just
 * below the visible rows of a short table). A row already well inside the viewport is left where
 * it is, so clicking a row never makes the table jump.
 */
final class RowReveal {
    private RowReveal() {}

    static void centre(TableView<?> table, int index) {
        if (index < 0) {
            return;
        }
        VirtualFlow<?> flow = table.getSkin() == null ? null : (VirtualFlow<?>) table.lookup(".virtual-flow");
        if (flow == null) {
            table.scrollTo(index); // not laid out yet: at least at the top, not out of view
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
            return; // fully visible already, with a row of margin either side
        }
        IndexedCell<?> cell = table.getFixedCellSize() > 0 ? null : flow.getCell(index);
        double rowHeight = table.getFixedCellSize() > 0
                ? table.getFixedCellSize()
                : cell == null || cell.getHeight() <= 0 ? 24 : cell.getHeight();
        int rowsShown = Math.max(1, (int) (flow.getHeight() / rowHeight));
        // the row half a viewport down from the top; near the end the flow stops at the last row
        int count = table.getItems().size();
        if (index >= count - rowsShown / 2 - 1) {
            flow.scrollTo(count - 1); // near the end: the last row whole at the bottom, the row above it
        } else {
            flow.scrollToTop(Math.max(0, index - (rowsShown - 1) / 2));
        }
    }
}
