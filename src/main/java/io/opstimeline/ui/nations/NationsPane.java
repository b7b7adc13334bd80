package io.opstimeline.ui.nations;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.ParticipationSpan;
import io.opstimeline.core.model.ReportedTotal;
import io.opstimeline.ui.HeaderWidth;
import io.opstimeline.ui.WorkbenchModel;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Contributions side by side. Selecting a nation highlights its records and draws its
 * participation on the timeline (through the shared model's selected nation).
 */
public final class NationsPane extends TableView<Nation> {
    private final WorkbenchModel model;

    public NationsPane(WorkbenchModel model) {
        this.model = model;
        setId("nations");
        setAccessibleText("Contributing nations");
        setPlaceholder(new Label("This dataset lists no nations."));
        getColumns().add(column("Nation", 130, Nation::name));
        getColumns()
                .add(column(
                        "Status",
                        80,
                        n -> n.status().name().charAt(0)
                                + n.status().name().substring(1).toLowerCase(Locale.ROOT)));
        getColumns()
                .add(column(
                        "Strike missions",
                        100,
                        n -> n.strikeMissions() == null ? "not reported" : n.strikeMissions() ? "yes" : "no"));
        getColumns().add(column("Participation", 200, NationsPane::spans));
        getColumns().add(column("Assets", 320, n -> String.join("; ", n.assets())));
        getColumns().add(column("Reported totals", 380, this::totals));
        // the columns share the width the pane has: at 3840 px they widen instead of truncating
        // beside empty space; at 1280 px they narrow rather than hide columns off to the right
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        model.datasetProperty()
                .addListener((o, a, d) -> setItems(
                        d == null
                                ? FXCollections.observableArrayList()
                                : FXCollections.observableArrayList(d.nations())));
        getSelectionModel()
                .selectedItemProperty()
                .addListener((o, a, n) -> model.selectedNationProperty().set(n == null ? null : n.id()));
        model.selectedNationProperty().addListener((o, a, id) -> {
            if (id == null) {
                getSelectionModel().clearSelection(); // cleared elsewhere (the filter bar's Clear)
            }
        });
        setRowFactory(tv -> {
            javafx.scene.control.TableRow<Nation> row = new javafx.scene.control.TableRow<>();
            row.itemProperty()
                    .addListener(
                            (o, a, n) -> row.setTooltip(n == null ? null : new Tooltip(n.name() + ": " + totals(n))));
            return row;
        });
    }

    private static TableColumn<Nation, String> column(
            String name, double width, java.util.function.Function<Nation, String> value) {
        TableColumn<Nation, String> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        // eighteen nations, each read whole: a value too long for its column wraps onto more lines
        // (at 1280 px the dates of a participation span were cut to "31 Mar 2...")
        c.setCellFactory(col -> {
            javafx.scene.text.Text text = new javafx.scene.text.Text();
            javafx.scene.control.TableCell<Nation, String> cell = new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : text);
                }
            };
            // a Text wraps at the column's width and the row grows to hold it (a wrapping label's
            // height is asked before its width is known, and was held to two lines)
            text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
            text.fillProperty().bind(cell.textFillProperty());
            text.fontProperty().bind(cell.fontProperty());
            cell.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            cell.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            return cell;
        });
        return HeaderWidth.keepWhole(c);
    }

    static String spans(Nation n) {
        return n.participation().stream().map(NationsPane::span).collect(Collectors.joining("; "));
    }

    private static String span(ParticipationSpan s) {
        return s.start().display() + " \u2013 "
                + (s.end() == null ? "end" : s.end().display()) + (s.note() == null ? "" : " (" + s.note() + ")");
    }

    private String totals(Nation n) {
        Dataset d = model.datasetProperty().get();
        return n.totals().stream().map(t -> total(d, t)).collect(Collectors.joining("; "));
    }

    private static String total(Dataset d, ReportedTotal t) {
        String source = d == null
                ? t.sourceId()
                : d.source(t.sourceId())
                        .map(s -> s.publisher() != null ? s.publisher() : s.title())
                        .orElse(t.sourceId());
        return t.label() + " " + (t.approximate() ? "~" : "") + String.format(Locale.ENGLISH, "%,.0f", t.value())
                + (t.asOf() == null ? "" : " by " + t.asOf().display()) + " [" + source + "]";
    }
}
