package io.opstimeline.ui.table;

import atlantafx.base.theme.Styles;
import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowOrder;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Source;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.core.work.BackgroundWork;
import io.opstimeline.ui.HeaderWidth;
import io.opstimeline.ui.RecordActions;
import io.opstimeline.ui.WorkbenchModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;

/**
 * The records of the open document passing the filter, as a sortable table: a dataset's 91 events
 * or an items file's million items alike. Its items are record numbers over an {@code int[]}
 * ({@link RowNumbers}), so nothing is made per row until a cell is shown. An order is computed
 * once per document and column (off the UI thread for large files); the filter and the visible
 * window are then one pass over it. Selecting a row selects the record everywhere, and back.
 * Columns only a dataset fills (nations, grading, sources) are shown only for one.
 */
public final class RecordsTable extends BorderPane {
    /** Below this many records orders are computed on the UI thread (instant, and tests stay simple). */
    private static final int SYNC_ROWS = 50_000;

    private final WorkbenchModel model;
    private final TableView<Integer> table = new TableView<>();
    private final TableColumn<Integer, String> startCol;
    private final TableColumn<Integer, String> endCol;
    private final TableColumn<Integer, String> kindCol;
    private final TableColumn<Integer, String> gradingCol;
    private final List<TableColumn<Integer, String>> fixedForm = new ArrayList<>();
    private final FixedFormWidths widths = new FixedFormWidths(this::fitColumns);
    private final List<TableColumn<Integer, String>> datasetColumns = new ArrayList<>();
    private final Map<TableColumn<?, ?>, IntFunction<String>> texts = new HashMap<>();
    private final CheckBox follow = new CheckBox("Follow the visible window");
    private final Label count = new Label();
    private final Label noMatch = new Label("No records match the filter.");
    private final Map<TableColumn<?, ?>, int[]> orders = new HashMap<>();
    private final BackgroundWork sorter = BackgroundWork.daemon("records-sort");
    private TimelineDocument doc;
    private boolean loading;
    private boolean syncing;
    private boolean refreshing;

    public RecordsTable(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("records-table");
        table.setId("records");
        follow.setId("follow-window");
        table.setAccessibleText("Records table");
        table.setPlaceholder(noMatch);
        // dates, kind and grading are as wide as their longest value (fitColumns); the free text
        // shares the rest in proportion, the title, what a reader scans for, the largest share
        startCol = fixedForm("Start", r -> doc.startText(r, model.effectiveZone()));
        endCol = fixedForm("End", r -> doc.endText(r, model.effectiveZone()));
        kindCol = fixedForm("Kind", r -> doc.kindLabel(r));
        column("Title", 520, r -> doc.records().title(r));
        datasetColumns.add(column("Nations", 120, r -> String.join(", ", event(r).nationIds())));
        gradingCol = fixedForm("Grading", r -> dataset().grading(event(r)).orElse(""));
        datasetColumns.add(gradingCol);
        datasetColumns.add(column("Sources", 260, this::sourceTitles));
        column("Id", 110, r -> doc.records().id(r));
        table.getSortOrder().add(startCol);
        // the list is unmodifiable: sorting means choosing another order, computed once
        table.setSortPolicy(t -> {
            if (!refreshing) {
                refresh();
            }
            return true;
        });
        // titles and sources take the width there is (3840 px as much as 1280 px), in proportion
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add(Styles.DENSE); // more rows in a short pane
        // one height for every row: scrolling to a row lands where computed (RowReveal), and is cheaper
        table.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2.1));

        HBox bar = new HBox(12, follow, count);
        bar.getStyleClass().add("table-bar");
        setTop(bar);
        setCenter(table);

        model.documentProperty().addListener((o, a, d) -> documentChanged(d));
        model.filterResultProperty().addListener((o, a, r) -> refresh());
        model.zoneProperty().addListener((o, a, z) -> {
            fitColumns(); // another zone's name ("Europe/Paris" for "UTC") widens timed dates
            table.refresh(); // the dates, in the zone now shown
        });
        follow.selectedProperty().addListener((o, a, b) -> refresh());
        model.windowProperty().addListener((o, a, w) -> {
            if (follow.isSelected()) {
                refresh();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, record) -> {
            if (!syncing && record != null && doc != null) {
                model.selectedIdProperty().set(doc.records().id(record));
            }
        });
        model.selectedIdProperty().addListener((o, a, id) -> selectRow(id));
        documentChanged(model.documentProperty().get());
    }

    /** A column of free text: cut after a whole word when narrow ("Siege of…", not "Siege of Mis…"). */
    private TableColumn<Integer, String> column(String name, double width, IntFunction<String> text) {
        return add(name, width, text, OverrunStyle.WORD_ELLIPSIS);
    }

    /** A column of short values of one form, sized to its longest value by {@link #fitColumns}. */
    private TableColumn<Integer, String> fixedForm(String name, IntFunction<String> text) {
        TableColumn<Integer, String> c = add(name, 0, text, OverrunStyle.ELLIPSIS);
        fixedForm.add(c);
        return c;
    }

    private TableColumn<Integer, String> add(String name, double width, IntFunction<String> text, OverrunStyle cut) {
        TableColumn<Integer, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        HeaderWidth.keepWhole(c);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(doc == null ? "" : text.apply(f.getValue())));
        c.setCellFactory(col -> new WholeTextCell(cut, widths::cellDrawnWith));
        texts.put(c, text);
        table.getColumns().add(c);
        return c;
    }

    /**
     * Each fixed-form column exactly as wide as its header or its longest value in the zone shown,
     * whichever is wider, and no wider: the constrained resize policy then gives what is left of the
     * table's width to the free-text columns, so at 1280 px a date is never drawn as "12 May 20…".
     */
    private void fitColumns() {
        TimelineDocument d = doc;
        if (d == null) {
            return;
        }
        boolean hasDataset = d.dataset().isPresent();
        for (TableColumn<Integer, String> c : fixedForm) {
            if (c == gradingCol && !hasDataset) {
                continue; // hidden, and only a dataset has gradings
            }
            double w = Math.max(HeaderWidth.of(c), widths.forRows(d.size(), texts.get(c)));
            if (c == kindCol) {
                // a rare group a sample of a large file may miss still has its label in the list
                w = Math.max(w, widths.forValues(d.kindLabels().values()));
            }
            c.setMinWidth(w);
            c.setMaxWidth(w);
            c.setPrefWidth(w);
        }
    }

    private Dataset dataset() {
        return doc.dataset().orElseThrow();
    }

    private Event event(int record) {
        return doc.event(record);
    }

    private String sourceTitles(int record) {
        Dataset d = dataset();
        return event(record).sourceIds().stream()
                .map(id -> d.source(id).map(Source::title).orElse(id))
                .collect(Collectors.joining("; "));
    }

    private void documentChanged(TimelineDocument d) {
        doc = d;
        orders.clear();
        boolean hasDataset = d != null && d.dataset().isPresent();
        datasetColumns.forEach(c -> c.setVisible(hasDataset));
        fitColumns();
        refresh();
    }

    public TableView<Integer> table() {
        return table;
    }

    public CheckBox followWindow() {
        return follow;
    }

    /** The record shown at a table position. */
    public int recordAt(int position) {
        return table.getItems().get(position);
    }

    /** The id of the record shown at a table position. */
    public String idAt(int position) {
        return doc.records().id(recordAt(position));
    }

    /** The ids of the rows shown, top to bottom: what a user reads down the table. */
    public List<String> shownIds() {
        List<String> ids = new ArrayList<>(table.getItems().size());
        for (int record : table.getItems()) {
            ids.add(doc.records().id(record));
        }
        return ids;
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
        TimelineDocument d = doc;
        if (d == null) {
            setRows(new int[0], false);
            count.setText(loading ? "Loading\u2026" : "");
            return;
        }
        TableColumn<Integer, ?> key =
                table.getSortOrder().isEmpty() ? startCol : table.getSortOrder().get(0);
        int[] base = orders.get(key);
        if (base == null) {
            computeOrder(d, key);
            return;
        }
        TimeWindow w = model.windowProperty().get();
        int[] shown = RowOrder.select(
                d.records(),
                base,
                model.filterResultProperty().get().passing(),
                follow.isSelected() && w != null ? new long[] {w.start(), w.end()} : null);
        setRows(shown, key.getSortType() == TableColumn.SortType.DESCENDING);
        table.setPlaceholder(loading ? new Label("Loading\u2026") : noMatch);
        count.setText(
                loading
                        ? "Loading\u2026"
                        : String.format(Locale.ENGLISH, "%,d of %,d records", shown.length, d.size()));
        selectRow(model.selectedIdProperty().get());
    }

    private void computeOrder(TimelineDocument d, TableColumn<Integer, ?> key) {
        if (d.size() <= SYNC_ROWS) {
            orders.put(key, order(d, key));
            refresh();
            return;
        }
        setRows(new int[0], false);
        table.setPlaceholder(new Label("Sorting " + String.format(Locale.ENGLISH, "%,d", d.size()) + " records\u2026"));
        sorter.submit(() -> {
            int[] order = order(d, key);
            Platform.runLater(() -> {
                if (doc == d) {
                    orders.put(key, order);
                    refresh();
                }
            });
        });
    }

    /** Records in a column's order, ascending: times by their instants, the kind by lane, text by its text. */
    private int[] order(TimelineDocument d, TableColumn<Integer, ?> key) {
        ItemStore records = d.records();
        if (key == startCol || key == endCol) {
            return RowOrder.sorted(records, key == startCol ? RowOrder.Key.START : RowOrder.Key.END);
        }
        if (key == kindCol) {
            return RowOrder.storeOrder(records); // rows are kept by lane (kind), then start
        }
        IntFunction<String> text = texts.get(key);
        Integer[] boxed = new Integer[records.size()];
        Arrays.setAll(boxed, r -> r);
        Arrays.sort(boxed, Comparator.comparing(text::apply));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
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

    /** Selection made elsewhere (timeline, search, nations): its row selected and scrolled to. */
    private void selectRow(String id) {
        syncing = true;
        try {
            int record = doc == null ? -1 : doc.indexOf(id);
            int at = record >= 0 && table.getItems() instanceof RowNumbers
                    ? ((RowNumbers) table.getItems()).positionOf(record)
                    : -1;
            if (at < 0) {
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

    /**
     * The next or previous row (Enter or Shift+Enter in the search box): selected everywhere, so
     * the timeline brings it into view. From the first (or last) row when none is selected.
     */
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

    /** "Loading..." in place of the rows while a file loads (an empty table would say "no match"). */
    public void showLoading(boolean on) {
        loading = on;
        table.setPlaceholder(on ? new Label("Loading\u2026") : noMatch);
        refresh();
    }

    /** Right-click (or the context-menu key) on a row offers what {@link RecordActions} can do. */
    public void setRecordActions(RecordActions actions) {
        table.setRowFactory(tv -> {
            TableRow<Integer> row = new TableRow<>();
            row.setOnContextMenuRequested(e -> {
                if (row.getItem() != null && doc != null) {
                    actions.menuFor(doc.records().id(row.getItem()))
                            .ifPresent(m -> m.show(row, e.getScreenX(), e.getScreenY()));
                    e.consume();
                }
            });
            return row;
        });
    }
}
