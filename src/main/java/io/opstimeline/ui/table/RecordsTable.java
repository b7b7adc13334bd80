package io.opstimeline.ui.table;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.WorkbenchModel;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * Every record passing the filter as a sortable table (virtualised by TableView). Selecting a row
 * selects the record everywhere, and the other way round; optionally shows only what is in the
 * visible window.
 */
public final class RecordsTable extends BorderPane {
    private final WorkbenchModel model;
    private final ObservableList<Event> rows = FXCollections.observableArrayList();
    private final TableView<Event> table = new TableView<>();
    private final CheckBox follow = new CheckBox("Follow the visible window");
    private final Label count = new Label();
    private boolean syncing;
    private final Label noMatch = new Label("No records match the filter.");
    private final Label loading = new Label("Loading\u2026");

    public RecordsTable(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("records-table");
        table.setId("records");
        follow.setId("follow-window");
        SortedList<Event> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setAccessibleText("Records table");
        table.setPlaceholder(noMatch);
        table.getColumns().add(dateColumn());
        table.getColumns().add(column("Kind", 100, this::kindLabel));
        table.getColumns().add(column("Title", 380, Event::title));
        table.getColumns().add(column("Nations", 120, e -> String.join(", ", e.nationIds())));
        table.getColumns().add(column("Grading", 70, e -> dataset() == null ? "" : dataset().grading(e).orElse("")));
        table.getColumns().add(column("Sources", 280, this::sourceTitles));
        table.getSortOrder().add(table.getColumns().get(0));
        // titles and sources take the width there is (3840 px as much as 1280 px), in proportion
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE); // more rows in a short pane
        // one height for every row: scrolling to a row lands where computed (RowReveal), and is cheaper
        table.setFixedCellSize(Math.ceil(javafx.scene.text.Font.getDefault().getSize() * 2.1));

        HBox bar = new HBox(12, follow, count);
        bar.getStyleClass().add("table-bar");
        setTop(bar);
        setCenter(table);

        model.datasetProperty().addListener((o, a, d) -> refresh());
        model.filterProperty().addListener((o, a, f) -> refresh());
        model.windowProperty().addListener((o, a, w) -> {
            if (follow.isSelected()) {
                refresh();
            }
        });
        follow.selectedProperty().addListener((o, a, b) -> refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> {
            if (!syncing && e != null) {
                model.selectedIdProperty().set(e.id());
            }
        });
        model.selectedIdProperty().addListener((o, a, id) -> selectRow(id));
    }

    private Dataset dataset() {
        return model.datasetProperty().get();
    }

    private String kindLabel(Event e) {
        Dataset d = dataset();
        return d == null || d.kind(e.kind()) == null ? e.kind() : d.kind(e.kind()).label();
    }

    private String sourceTitles(Event e) {
        Dataset d = dataset();
        return d == null ? "" : e.sourceIds().stream().map(id -> d.source(id).map(s -> s.title()).orElse(id))
                .collect(Collectors.joining("; "));
    }

    private static TableColumn<Event, String> column(String name, double width,
                                                     java.util.function.Function<Event, String> value) {
        TableColumn<Event, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    /** Dates sort by instant, not by their text ("1 Apr" must not come before "17 Mar"). */
    private static TableColumn<Event, Event> dateColumn() {
        TableColumn<Event, Event> c = new TableColumn<>("Date");
        c.setPrefWidth(110);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setComparator((a, b) -> a.start().instant().compareTo(b.start().instant()));
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.start().display() + (e.isUncertain() ? " ~" : ""));
            }
        });
        return c;
    }

    /** Follow-window and the filter decide the rows; the selection survives when its row does. */
    public void refresh() {
        Dataset d = dataset();
        List<Event> matching = model.matchingEvents();
        TimeWindow w = model.windowProperty().get();
        if (follow.isSelected() && w != null) {
            matching = matching.stream().filter(e -> w.overlaps(e.coverStart().toEpochMilli(), e.coverEnd().toEpochMilli())).toList();
        }
        syncing = true;
        rows.setAll(matching);
        syncing = false;
        count.setText(d == null ? "" : matching.size() + " of " + d.events().size() + " records");
        selectRow(model.selectedIdProperty().get());
    }

    private void selectRow(String id) {
        syncing = true;
        try {
            if (id == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id().equals(id)) {
                    table.getSelectionModel().select(i);
                    RowReveal.centre(table, i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** "Loading..." in place of the rows while a file loads (an empty table would say "no match"). */
    public void showLoading(boolean on) {
        table.setPlaceholder(on ? loading : noMatch);
        if (on) {
            count.setText("Loading\u2026");
        } else {
            refresh();
        }
    }

    /** Right-click (or the context-menu key) on a row offers what {@link io.opstimeline.ui.RecordActions} can do. */
    public void setRecordActions(io.opstimeline.ui.RecordActions actions) {
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<Event> row = new javafx.scene.control.TableRow<>();
            row.setOnContextMenuRequested(e -> {
                if (row.getItem() != null) {
                    actions.menuFor(row.getItem().id()).ifPresent(m -> m.show(row, e.getScreenX(), e.getScreenY()));
                    e.consume();
                }
            });
            return row;
        });
    }

    public TableView<Event> table() {
        return table;
    }

    public CheckBox followWindow() {
        return follow;
    }
}
