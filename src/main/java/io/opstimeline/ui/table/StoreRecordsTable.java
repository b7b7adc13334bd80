package io.opstimeline.ui.table;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.core.work.BackgroundWork;
import io.opstimeline.ui.WorkbenchModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The records of an items file (a store, possibly millions of rows) as a table. Its items are
 * row numbers over an {@code int[]} ({@link RowNumbers}), so nothing is made per row until a cell
 * is shown. Sorting by start or end uses one global order per store computed once (off the UI
 * thread for large files); filters and the visible window are then one pass over that order.
 * Selecting a row selects the record on the timeline and brings it into view, and back.
 */
public final class StoreRecordsTable extends BorderPane {
    /** Below this many rows orders are computed on the UI thread (instant, and tests stay simple). */
    private static final int SYNC_ROWS = 50_000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private final WorkbenchModel model;
    private final ObservableValue<BitSet> passing;
    private final Supplier<ZoneId> zone;
    private final Predicate<String> drawn;
    private final TableView<Integer> table = new TableView<>();
    private final TableColumn<Integer, String> startCol;
    private final TableColumn<Integer, String> endCol;
    private final TableColumn<Integer, String> laneCol;
    private final CheckBox follow = new CheckBox("Follow the visible window");
    private final Label count = new Label();
    private final PauseTransition windowSettle = new PauseTransition(Duration.millis(120));
    private final Map<RowOrder.Key, int[]> orders = new EnumMap<>(RowOrder.Key.class);
    private final BackgroundWork sorter = BackgroundWork.daemon("records-sort");
    private ItemStore store;
    private boolean syncing;
    private boolean refreshing;
    private String selectedId;
    private int selectedRow = -1;

    /**
     * @param source  the open items file's store, null while none (or a dataset) is open
     * @param passing rows of it passing the filter, null for all
     * @param zone    the zone times are shown in (the timeline's)
     * @param drawn   whether the timeline's last frame drew a record (by id) on its own
     */
    public StoreRecordsTable(WorkbenchModel model, ObservableValue<ItemStore> source, ObservableValue<BitSet> passing,
                             Supplier<ZoneId> zone, Predicate<String> drawn) {
        this.model = model;
        this.passing = passing;
        this.zone = zone;
        this.drawn = drawn;
        getStyleClass().add("records-table");
        table.setId("store-records");
        follow.setId("store-follow-window");
        table.setAccessibleText("Records table");
        table.setFixedCellSize(24);
        table.setPlaceholder(new Label("No records match the filter."));
        startCol = column("Start", 190, r -> time(store.start(r)));
        endCol = column("End", 190, r -> store.is(r, ItemStore.RANGE) ? time(store.end(r)) : "");
        laneCol = column("Lane", 140, r -> store.lane(store.laneOf(r)).label());
        TableColumn<Integer, String> title = column("Title", 380, r -> store.title(r));
        TableColumn<Integer, String> id = column("Id", 140, r -> store.id(r));
        title.setSortable(false);
        id.setSortable(false);
        table.getColumns().add(startCol);
        table.getColumns().add(endCol);
        table.getColumns().add(laneCol);
        table.getColumns().add(title);
        table.getColumns().add(id);
        table.getSortOrder().add(startCol);
        // the list is unmodifiable: sorting means choosing another precomputed order
        table.setSortPolicy(t -> {
            if (!refreshing) {
                refresh();
            }
            return true;
        });

        HBox bar = new HBox(12, follow, count);
        bar.getStyleClass().add("table-bar");
        setTop(bar);
        setCenter(table);

        source.addListener((o, a, s) -> storeChanged(s));
        passing.addListener((o, a, p) -> refresh());
        follow.selectedProperty().addListener((o, a, b) -> refresh());
        windowSettle.setOnFinished(e -> refresh());
        model.windowProperty().addListener((o, a, w) -> {
            if (follow.isSelected()) {
                windowSettle.playFromStart();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (!syncing && row != null && store != null) {
                chosen(row);
            }
        });
        model.selectedIdProperty().addListener((o, a, id2) -> selectRow(id2));
    }

    private static TableColumn<Integer, String> column(String name, double width, IntFunction<String> value) {
        TableColumn<Integer, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private String time(long epochMs) {
        return ISO.format(Instant.ofEpochMilli(epochMs).atZone(zone.get()));
    }

    public TableView<Integer> table() {
        return table;
    }

    public CheckBox followWindow() {
        return follow;
    }

    /** The store row shown at a table position. */
    public String idAt(int position) {
        return store.id(table.getItems().get(position));
    }

    private void storeChanged(ItemStore s) {
        store = s;
        orders.clear();
        selectedId = null;
        selectedRow = -1;
        refresh();
    }

    /** Which order the table's sort asks for, and whether it is read backwards. */
    private RowOrder.Key sortKey() {
        TableColumn<Integer, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
        return first == endCol ? RowOrder.Key.END : first == laneCol || first == null ? null : RowOrder.Key.START;
    }

    private boolean descending() {
        return !table.getSortOrder().isEmpty()
                && table.getSortOrder().get(0).getSortType() == TableColumn.SortType.DESCENDING;
    }

    /** The filter, the window (if followed) and the sort decide the rows; the selection stays if its row does. */
    public void refresh() {
        refreshing = true;
        try {
            fill();
        } finally {
            refreshing = false;
        }
    }

    private void fill() {
        ItemStore st = store;
        if (st == null) {
            setRows(new int[0], false);
            count.setText("");
            return;
        }
        RowOrder.Key key = sortKey();
        int[] base = key == null ? RowOrder.storeOrder(st) : orders.get(key);
        if (base == null) {
            computeOrder(st, key);
            return;
        }
        BitSet rows = passing.getValue();
        TimeWindow w = model.windowProperty().get();
        int[] shown = RowOrder.select(st, base, rows, follow.isSelected() && w != null ? new long[] {w.start(), w.end()} : null);
        setRows(shown, descending());
        table.setPlaceholder(new Label("No records match the filter."));
        count.setText(String.format(Locale.ENGLISH, "%,d of %,d records", shown.length, st.size()));
        selectRow(model.selectedIdProperty().get());
    }

    private void computeOrder(ItemStore st, RowOrder.Key key) {
        if (st.size() <= SYNC_ROWS) {
            orders.put(key, RowOrder.sorted(st, key));
            refresh();
            return;
        }
        setRows(new int[0], false);
        table.setPlaceholder(new Label("Sorting " + String.format(Locale.ENGLISH, "%,d", st.size()) + " records\u2026"));
        sorter.submit(() -> {
            int[] order = RowOrder.sorted(st, key);
            Platform.runLater(() -> {
                if (store == st) {
                    orders.put(key, order);
                    refresh();
                }
            });
        });
    }

    private void setRows(int[] rows, boolean reversed) {
        syncing = true;
        // TableView clears its sort order when given a list that is not a SortedList: put it back
        List<TableColumn<Integer, ?>> sort = new ArrayList<>(table.getSortOrder());
        try {
            table.setItems(rows.length == 0 ? FXCollections.emptyObservableList() : new RowNumbers(rows, reversed));
            table.getSortOrder().setAll(sort);
        } finally {
            syncing = false;
        }
    }

    /** A row picked in the table: select it everywhere and make sure the timeline shows it. */
    private void chosen(int row) {
        selectedId = store.id(row);
        selectedRow = row;
        model.selectedIdProperty().set(selectedId);
        TimeWindow w = model.windowProperty().get();
        long t = store.start(row);
        if (w != null && (t < w.start() || t >= w.end())) {
            model.windowProperty().set(w.pan(t - w.center()));
        }
        revealLater(selectedId, row);
    }

    /**
     * After the next paint: if the record was folded into a badge or a density band, zoom once to
     * it (its span filling a third of the view, at least three hours). In a lane where hundreds of
     * long items overlap every instant it may still sit in the lane's overflow count.
     */
    private void revealLater(String id, int row) {
        long from = store.start(row);
        long to = Math.max(store.end(row), from + 3_600_000L);
        Platform.runLater(() -> {
            TimeWindow w = model.windowProperty().get();
            if (w == null || !id.equals(model.selectedIdProperty().get()) || drawn.test(id)
                    || w.span() <= 3 * (to - from)) {
                return;
            }
            model.windowProperty().set(TimeWindow.around(from, to, 1.0));
        });
    }

    /** Selection made elsewhere (the timeline): find its row (one pass over the ids) and show it. */
    private void selectRow(String id) {
        if (store == null) {
            return;
        }
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (!id.equals(selectedId)) {
                selectedId = id;
                selectedRow = RowOrder.rowOf(store, id);
            }
            int at = table.getItems() instanceof RowNumbers ? ((RowNumbers) table.getItems()).positionOf(selectedRow) : -1;
            if (selectedRow < 0 || at < 0) {
                table.getSelectionModel().clearSelection();
                return;
            }
            if (table.getSelectionModel().getSelectedIndex() != at) {
                table.getSelectionModel().select(at);
                RowReveal.centre(table, at);
            }
        } finally {
            syncing = false;
        }
    }

    /** Next or previous row of the table (Enter in the search box), selected and brought into view. */
    public void step(int direction) {
        int n = table.getItems().size();
        if (n == 0) {
            return;
        }
        int at = table.getSelectionModel().getSelectedIndex();
        int next = at < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(at + direction, n);
        table.getSelectionModel().select(next);
        RowReveal.centre(table, next);
    }
}
