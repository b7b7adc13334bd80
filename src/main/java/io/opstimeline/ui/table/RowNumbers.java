package io.opstimeline.ui.table;

import javafx.collections.ObservableListBase;

/**
 * Row numbers of a store as an unmodifiable list for a TableView: an {@code int[]} seen through
 * {@code List<Integer>}, read forwards or backwards. Nothing is boxed up front; the table asks
 * only for the rows it shows. A new order is a new list, never a change to this one.
 */
final class RowNumbers extends ObservableListBase<Integer> {
    private final int[] rows;
    private final boolean reversed;

    RowNumbers(int[] rows, boolean reversed) {
        this.rows = rows;
        this.reversed = reversed;
    }

    @Override
    public Integer get(int index) {
        return rows[reversed ? rows.length - 1 - index : index];
    }

    @Override
    public int size() {
        return rows.length;
    }

    /** Position of a store row in this list, or -1 (one pass). */
    int positionOf(int row) {
        for (int i = 0; i < rows.length; i++) {
            if (rows[i] == row) {
                return reversed ? rows.length - 1 - i : i;
            }
        }
        return -1;
    }

    @Override
    public int indexOf(Object o) {
        return o instanceof Integer ? positionOf((Integer) o) : -1;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}
