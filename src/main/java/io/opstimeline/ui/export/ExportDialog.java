package io.opstimeline.ui.export;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.export.ExportFormat;
import io.opstimeline.export.ExportSettings;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File > Export: what (current view, saved views as a pack, or a date range), the format and its
 * size, the page's words and marking, and where to write. The result is an {@link ExportJob}; the
 * caller runs it off the UI thread.
 */
public final class ExportDialog extends Dialog<ExportJob> {
    private final Dataset dataset;
    private final java.time.ZoneId zone;
    private final ToggleGroup what = new ToggleGroup();
    private final RadioButton current = new RadioButton("Current view");
    private final RadioButton saved = new RadioButton("Saved views (one page each)");
    private final RadioButton range = new RadioButton("Date range");
    private final ListView<String> views = new ListView<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final ChoiceBox<String> orientation = new ChoiceBox<>();
    private final TextField dpi = new TextField(Integer.toString(ExportSettings.DEFAULT_DPI));
    private final TextField width = new TextField();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final ComboBox<String> classification = new ComboBox<>();
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox callouts = new CheckBox("Annotation callouts");
    private final TextField out = new TextField();
    private final Label problem = new Label();

    private final String lanes;

    public ExportDialog(Window owner, Dataset dataset, AnnotationDocument doc, TimeWindow window, ViewFilter filter,
                        String lanes, java.time.ZoneId zone, Path defaultFolder) {
        this.lanes = lanes;
        this.dataset = dataset;
        this.zone = zone;
        initOwner(owner);
        setTitle("Export briefing");
        setHeaderText("Export a briefing page or pack");
        current.setToggleGroup(what);
        saved.setToggleGroup(what);
        range.setToggleGroup(what);
        current.setSelected(true);
        views.getItems().setAll(doc.views().stream().map(SavedView::name).toList());
        views.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        views.setPrefHeight(90);
        saved.setDisable(doc.views().isEmpty());
        views.disableProperty().bind(saved.selectedProperty().not());
        from.setPromptText("2011-03-19");
        to.setPromptText("2011-04-30");
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PDF);
        paper.getItems().setAll(Paper.values());
        paper.setValue(Paper.A4);
        orientation.getItems().setAll("Landscape", "Portrait");
        orientation.setValue("Landscape");
        width.setPromptText("or width in px");
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        width.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        title.setText(dataset.title());
        title.setId("export-title");
        subtitle.setId("export-subtitle");
        out.setId("export-file");
        classification.setEditable(true);
        classification.getItems().setAll("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET");
        classification.setValue(dataset.classification().orElse("UNCLASSIFIED"));
        legend.setSelected(true);
        callouts.setSelected(true);
        String base = dataset.fingerprint().fileName().replaceFirst("\\.json$", "");
        out.setText(defaultFolder.resolve(base + "-briefing.pdf").toString());
        format.valueProperty().addListener((obs, o, f) -> out.setText(out.getText().replaceFirst("\\.(png|svg|pdf)$", "." + f.extension())));
        javafx.scene.control.Button browse = new javafx.scene.control.Button("Choose\u2026");
        browse.setOnAction(e -> choose(owner));

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.setPadding(new Insets(12));
        int r = 0;
        g.addRow(r++, new Label("Export"), current);
        g.addRow(r++, new Label(""), saved);
        g.addRow(r++, new Label(""), views);
        g.addRow(r++, new Label(""), new HBox(6, range, from, new Label("to"), to));
        g.addRow(r++, new Label("Format"), new HBox(6, format, paper, orientation));
        g.addRow(r++, new Label("PNG size"), new HBox(6, new Label("DPI"), dpi, width));
        g.addRow(r++, new Label("Title"), title);
        g.addRow(r++, new Label("Subtitle"), subtitle);
        g.addRow(r++, new Label("Classification"), classification);
        g.addRow(r++, new Label("Include"), new HBox(12, legend, callouts));
        g.addRow(r++, new Label("File"), new HBox(6, out, browse));
        problem.setTextFill(Color.FIREBRICK);
        g.add(problem, 1, r);
        out.setPrefColumnCount(36);
        getDialogPane().setContent(g);
        ButtonType export = new ButtonType("Export", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        getDialogPane().lookupButton(export).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build(doc, window, filter);
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(b -> b == export ? build(doc, window, filter) : null);
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        ExportFormat f = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        File current = new File(out.getText());
        if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParentFile());
        }
        chooser.setInitialFileName(current.getName());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            out.setText(chosen.getPath());
        }
    }

    private ExportJob build(AnnotationDocument doc, TimeWindow window, ViewFilter filter) {
        List<BriefingView> pages = new ArrayList<>();
        if (saved.isSelected()) {
            for (String name : views.getSelectionModel().getSelectedItems()) {
                doc.view(name).map(BriefingView::of).ifPresent(pages::add);
            }
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("Choose at least one saved view.");
            }
        } else if (range.isSelected()) {
            long start = DateParser.parse(from.getText().strip(), zone).epochMilli();
            long end = DateParser.parse(to.getText().strip(), zone).periodEnd().toEpochMilli();
            if (end <= start) {
                throw new IllegalArgumentException("The range must end after it starts.");
            }
            pages.add(new BriefingView(null, new TimeWindow(start, end), ViewFilter.NONE));
        } else {
            pages.add(new BriefingView(null, window, filter, lanes));
        }
        if (out.getText().isBlank()) {
            throw new IllegalArgumentException("Choose a file to write.");
        }
        ExportSettings settings = new ExportSettings(format.getValue(), paper.getValue(),
                "Landscape".equals(orientation.getValue()), number(width.getText(), "width"), number(dpi.getText(), "DPI"));
        Briefing b = new Briefing(dataset, doc.annotations(), new BriefingOptions(title.getText(), subtitle.getText(),
                classification.getValue(), legend.isSelected(), callouts.isSelected(), Instant.now(), zone), pages);
        return new ExportJob(b, settings, Path.of(out.getText().strip()));
    }

    private static Integer number(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The " + what + " must be a whole number.");
        }
    }
}
