package io.opstimeline.ui.importer;

import io.opstimeline.core.importer.csv.CsvImportSpec;
import io.opstimeline.core.importer.csv.CsvImporter;
import io.opstimeline.core.importer.csv.ImportResult;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.work.BackgroundWork;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.concurrent.Task;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Import: pick a CSV file, say which column is which, and get a dataset. Problems and
 * warnings appear in the dialog as {@code file:line:col: message}, so the mapping can be fixed and
 * tried again; nothing replaces the open dataset unless the whole file converted.
 */
public final class ImportDialog extends Dialog<ImportResult> {
    /** Where conversions run, off the FX thread. */
    private static final BackgroundWork BACKGROUND = BackgroundWork.daemon("csv-import");

    static final String NONE = "(none)";

    private final Path file;
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final ComboBox<String> dateColumn = new ComboBox<>();
    private final FlowPane valueColumns = new FlowPane(8, 4);
    private final ComboBox<String> approxColumn = new ComboBox<>();
    private final ComboBox<String> startColumn = new ComboBox<>();
    private final ComboBox<String> endColumn = new ComboBox<>();
    private final ComboBox<String> titleColumn = new ComboBox<>();
    private final ComboBox<String> kindColumn = new ComboBox<>();
    private final ComboBox<String> nationColumn = new ComboBox<>();
    private final ComboBox<String> sourceColumn = new ComboBox<>();
    private final ComboBox<String> placeColumn = new ComboBox<>();
    private final ComboBox<String> latColumn = new ComboBox<>();
    private final ComboBox<String> lonColumn = new ComboBox<>();
    private final TextField dateFormat = new TextField();
    private final TextArea messages = new TextArea();
    private ImportResult accepted;
    private String acknowledgedWarnings;

    /**
     * Asks for a CSV file, shows the dialog, then offers to save the converted dataset (beside the
     * CSV by default) and opens the saved file with {@code openFile}, so recent files, notes and
     * reload work as for any dataset. If the user declines to save, it opens in memory only.
     */
    public static void run(Window owner, Consumer<Path> openFile, Consumer<Dataset> openInMemory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import CSV");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("CSV files (*.csv, *.txt)", "*.csv", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen == null) {
            return;
        }
        List<String> header;
        try {
            header = CsvImporter.header(chosen.toPath(), null);
        } catch (DatasetLoadException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.initOwner(owner);
            alert.setHeaderText("Cannot read " + chosen.getName() + " as CSV");
            alert.show();
            return;
        }
        ImportDialog dialog = new ImportDialog(chosen.toPath(), header);
        dialog.initOwner(owner);
        dialog.showAndWait().ifPresent(r -> saveAndOpen(owner, chosen.toPath(), r, openFile, openInMemory));
    }

    private static void saveAndOpen(
            Window owner, Path csv, ImportResult result, Consumer<Path> openFile, Consumer<Dataset> openInMemory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the imported dataset");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ops Timeline data (*.json)", "*.json"));
        if (csv.toAbsolutePath().getParent() != null) {
            chooser.setInitialDirectory(csv.toAbsolutePath().getParent().toFile());
        }
        chooser.setInitialFileName(result.dataset().fingerprint().fileName());
        File target = chooser.showSaveDialog(owner);
        if (target == null) {
            openInMemory.accept(result.dataset());
            return;
        }
        try {
            result.writeTo(target.toPath());
            openFile.accept(target.toPath());
        } catch (java.io.IOException e) {
            Alert alert = new Alert(
                    Alert.AlertType.ERROR,
                    "Could not write " + target + ": " + e.getMessage()
                            + "\nThe imported dataset is open, but not saved.");
            alert.initOwner(owner);
            alert.show();
            openInMemory.accept(result.dataset());
        }
    }

    public ImportDialog(Path file, List<String> header) {
        this.file = file;
        setTitle("Import CSV");
        setHeaderText("Import " + file.getFileName() + " (" + header.size() + " columns)");
        setResizable(true);
        List<String> optional = new ArrayList<>();
        optional.add(NONE);
        optional.addAll(header);
        for (ComboBox<String> c : List.of(dateColumn, startColumn, titleColumn)) {
            c.getItems().setAll(header);
        }
        for (ComboBox<String> c : List.of(
                approxColumn, endColumn, kindColumn, nationColumn, sourceColumn, placeColumn, latColumn, lonColumn)) {
            c.getItems().setAll(optional);
            c.setValue(NONE);
        }
        for (String h : header) {
            CheckBox box = new CheckBox(h);
            box.setSelected(guessValueColumn(h));
            valueColumns.getChildren().add(box);
        }
        guess(header);
        kind.getItems().setAll("Series (dates and values)", "Events (one per row)");
        kind.setValue(
                dateColumn.getValue() != null && startColumn.getValue() == null
                        ? kind.getItems().get(0)
                        : kind.getItems().get(1));
        dateFormat.setPromptText("automatic; or e.g. dd/MM/yyyy, MM/dd/yyyy, yyyy-MM-dd HH:mm");
        messages.setEditable(false);
        messages.setWrapText(true);
        dateFormat.setPrefColumnCount(28);
        messages.setPrefRowCount(6);
        messages.setPrefColumnCount(80);
        messages.setId("import-messages");
        kind.setId("import-kind");

        GridPane series = grid();
        row(series, 0, "Date column", dateColumn);
        row(series, 1, "Value columns (one series each)", valueColumns);
        row(series, 2, "Approximate flag column", approxColumn);
        GridPane events = grid();
        row(events, 0, "Start column", startColumn);
        row(events, 1, "End column", endColumn);
        row(events, 2, "Title column", titleColumn);
        row(events, 3, "Kind column", kindColumn);
        row(events, 4, "Nations column", nationColumn);
        row(events, 5, "Place column", placeColumn);
        row(events, 6, "Latitude column (decimal degrees)", latColumn);
        row(events, 7, "Longitude column (decimal degrees)", lonColumn);
        placeColumn.setId("import-place-column");
        latColumn.setId("import-lat-column");
        lonColumn.setId("import-lon-column");
        GridPane common = grid();
        row(common, 0, "What the rows are", kind);
        row(common, 1, "Source column", sourceColumn);
        row(common, 2, "Date format", dateFormat);
        series.visibleProperty()
                .bind(kind.valueProperty().isEqualTo(kind.getItems().get(0)));
        series.managedProperty().bind(series.visibleProperty());
        events.visibleProperty().bind(series.visibleProperty().not());
        events.managedProperty().bind(events.visibleProperty());
        // eight event rows and the messages are taller than a 720 px screen has room for: scroll
        getDialogPane()
                .setContent(io.opstimeline.ui.Dialogs.scrolling(new VBox(
                        10,
                        common,
                        series,
                        events,
                        new Label("Blank value cells are kept as gaps, never as zero."),
                        messages)));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        io.opstimeline.ui.Dialogs.fitContent(this);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Import");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (accepted == null) {
                // A large file takes seconds: convert off the UI thread, close when it is done.
                e.consume();
                convertInBackground(ok);
            }
        });
        setResultConverter(button -> button == ButtonType.OK ? accepted : null);
    }

    private void convertInBackground(Button ok) {
        CsvImportSpec mapping;
        try {
            mapping = spec();
        } catch (IllegalArgumentException e) {
            messages.setText(e.getMessage());
            return;
        }
        ok.setDisable(true);
        messages.setText("Converting " + file.getFileName() + "\u2026");
        Task<ImportResult> task = new Task<>() {
            @Override
            protected ImportResult call() throws DatasetLoadException {
                return new CsvImporter().importFile(file, mapping);
            }
        };
        task.setOnSucceeded(e -> {
            ok.setDisable(false);
            if (review(task.getValue())) {
                setResult(accepted);
                close();
            }
        });
        task.setOnFailed(e -> {
            ok.setDisable(false);
            explain(task.getException());
        });
        BACKGROUND.execute(task);
    }

    /** Converts with the current mapping; false (and messages shown) when it did not, or has warnings not yet seen. */
    boolean tryImport() {
        try {
            return review(new CsvImporter().importFile(file, spec()));
        } catch (DatasetLoadException | IllegalArgumentException e) {
            explain(e);
            return false;
        }
    }

    private void explain(Throwable error) {
        if (error instanceof DatasetLoadException) {
            DatasetLoadException e = (DatasetLoadException) error;
            messages.setText(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
                    + "; nothing was imported:\n"
                    + e.problems().stream().map(LoadProblem::format).collect(Collectors.joining("\n")));
        } else {
            messages.setText(String.valueOf(error.getMessage()));
        }
    }

    /** Accepts a conversion, unless it has warnings the user has not yet seen: those are shown first. */
    private boolean review(ImportResult result) {
        String warnings = result.warnings().stream().map(LoadProblem::format).collect(Collectors.joining("\n"));
        if (!warnings.isEmpty() && !warnings.equals(acknowledgedWarnings)) {
            acknowledgedWarnings = warnings;
            messages.setText(warnings + "\n\nPress Import again to accept these, or change the mapping.");
            return false;
        }
        accepted = result;
        return true;
    }

    /** The mapping as chosen in the form. */
    CsvImportSpec spec() {
        boolean isSeries = kind.getValue().equals(kind.getItems().get(0));
        List<String> values = valueColumns.getChildren().stream()
                .map(n -> (CheckBox) n)
                .filter(CheckBox::isSelected)
                .map(CheckBox::getText)
                .collect(Collectors.toList());
        return CsvImportSpec.builder(isSeries ? CsvImportSpec.Kind.SERIES : CsvImportSpec.Kind.EVENTS)
                .dateColumn(dateColumn.getValue())
                .valueColumns(values)
                .approxColumn(value(approxColumn))
                .sourceColumn(value(sourceColumn))
                .startColumn(startColumn.getValue())
                .endColumn(value(endColumn))
                .titleColumn(titleColumn.getValue())
                .kindColumn(value(kindColumn))
                .nationColumn(value(nationColumn))
                .placeColumn(value(placeColumn))
                .latColumn(value(latColumn))
                .lonColumn(value(lonColumn))
                .dateFormat(dateFormat.getText())
                .build();
    }

    ChoiceBox<String> kindChoice() {
        return kind;
    }

    TextArea messages() {
        return messages;
    }

    private static String value(ComboBox<String> c) {
        return c.getValue() == null || c.getValue().equals(NONE) ? null : c.getValue();
    }

    /** Pre-selects columns whose names say what they are, so the usual file needs no clicks. */
    private void guess(List<String> header) {
        for (String h : header) {
            String n = h.toLowerCase(Locale.ROOT);
            if (dateColumn.getValue() == null && (n.equals("date") || n.equals("day") || n.contains("date"))) {
                dateColumn.setValue(h);
            }
            if (startColumn.getValue() == null && (n.equals("start") || n.startsWith("start") || n.equals("from"))) {
                startColumn.setValue(h);
            }
            if (titleColumn.getValue() == null && (n.equals("title") || n.equals("event") || n.equals("name"))) {
                titleColumn.setValue(h);
            }
            pick(endColumn, h, n.equals("end") || n.startsWith("end") || n.equals("to"));
            pick(kindColumn, h, n.equals("kind") || n.equals("type") || n.equals("category"));
            pick(nationColumn, h, n.startsWith("nation") || n.startsWith("countr"));
            pick(sourceColumn, h, n.startsWith("source") || n.equals("url") || n.equals("ref"));
            pick(approxColumn, h, n.startsWith("approx") || n.equals("estimate") || n.equals("estimated"));
            pick(placeColumn, h, n.equals("place") || n.equals("location") || n.equals("where"));
            pick(latColumn, h, n.equals("lat") || n.equals("latitude"));
            pick(lonColumn, h, n.equals("lon") || n.equals("lng") || n.equals("long") || n.equals("longitude"));
        }
        if (startColumn.getValue() == null && dateColumn.getValue() != null && titleColumn.getValue() != null) {
            startColumn.setValue(dateColumn.getValue());
        }
    }

    private static void pick(ComboBox<String> c, String header, boolean matches) {
        if (matches && NONE.equals(c.getValue())) {
            c.setValue(header);
        }
    }

    private static boolean guessValueColumn(String h) {
        String n = h.toLowerCase(Locale.ROOT);
        return !(n.contains("date")
                || n.equals("day")
                || n.startsWith("source")
                || n.startsWith("approx")
                || n.equals("note")
                || n.equals("notes"));
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(6);
        return g;
    }

    private static void row(GridPane g, int r, String label, javafx.scene.Node control) {
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the field gives way, never the label
        g.add(l, 0, r);
        g.add(control, 1, r);
    }
}
