package io.opstimeline.ui.export;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Classification;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.export.Split;
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
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File > Export: what (current view, saved views as a pack, or a date range), the format and its
 * size, the pages (events table, chart, split), the page's words and marking, and where to write.
 * What was chosen is remembered per dataset ({@link ExportMemory}); the markings offered are never
 * lower than the dataset's own. The result is an {@link ExportJob}; the caller runs it off the UI
 * thread.
 */
public final class ExportDialog extends Dialog<ExportJob> {
    private final Dataset dataset;
    private final java.time.ZoneId zone;
    private final ExportMemory memory;
    private final ToggleGroup what = new ToggleGroup();
    private final RadioButton current = new RadioButton("Current view");
    private final RadioButton saved = new RadioButton("Saved views (a pack)");
    private final RadioButton range = new RadioButton("Date range");
    private final ListView<String> views = new ListView<>();
    private final TextField from = new TextField();
    private final TextField to = new TextField();
    private final ChoiceBox<String> rangeLanes = new ChoiceBox<>();
    private final ChoiceBox<ExportFormat> format = new ChoiceBox<>();
    private final ChoiceBox<Paper> paper = new ChoiceBox<>();
    private final ChoiceBox<String> orientation = new ChoiceBox<>();
    private final TextField dpi = new TextField(Integer.toString(ExportSettings.DEFAULT_DPI));
    private final TextField width = new TextField();
    private final ChoiceBox<String> table = new ChoiceBox<>();
    private final ChoiceBox<BriefingOptions.ChartMode> chart = new ChoiceBox<>();
    private final ChoiceBox<BriefingOptions.MapMode> map = new ChoiceBox<>();
    private final ChoiceBox<Split> split = new ChoiceBox<>();
    private final ChoiceBox<String> colours = new ChoiceBox<>();
    private final TextField title = new TextField();
    private final TextField subtitle = new TextField();
    private final ComboBox<String> classification = new ComboBox<>();
    private final TextField bannerColour = new TextField();
    private final CheckBox legend = new CheckBox("Legend");
    private final CheckBox callouts = new CheckBox("Annotation callouts");
    private final TextField out = new TextField();
    private final Label problem = new Label();
    private final Classification datasetMarking;

    private final String lanes;

    public ExportDialog(
            Window owner,
            Dataset dataset,
            AnnotationDocument doc,
            TimeWindow window,
            ViewFilter filter,
            String lanes,
            java.time.ZoneId zone,
            Path defaultFolder) {
        this(owner, dataset, doc, window, filter, lanes, zone, defaultFolder, null);
    }

    /** @param memory where this dataset's last choices are kept; null to remember nothing */
    public ExportDialog(
            Window owner,
            Dataset dataset,
            AnnotationDocument doc,
            TimeWindow window,
            ViewFilter filter,
            String lanes,
            java.time.ZoneId zone,
            Path defaultFolder,
            ExportMemory memory) {
        this.lanes = lanes;
        this.dataset = dataset;
        this.zone = zone;
        this.memory = memory;
        this.datasetMarking = parseOrNull(dataset.classification().orElse(null));
        initOwner(owner);
        setTitle("Export briefing");
        setHeaderText("Export a briefing page or pack");
        current.setToggleGroup(what);
        saved.setToggleGroup(what);
        range.setToggleGroup(what);
        current.setSelected(true);
        views.getItems().setAll(doc.views().stream().map(SavedView::name).toList());
        views.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        views.setPrefHeight(66); // three names; the dialog must fit a 1280x720 screen
        saved.setDisable(doc.views().isEmpty());
        views.disableProperty().bind(saved.selectedProperty().not());
        from.setPromptText("2011-03-19");
        to.setPromptText("2011-04-30");
        // wide enough for a whole date: the row squeezed them to "2011-03-1"
        for (TextField date : List.of(from, to)) {
            date.setPrefColumnCount(8);
            date.setMinWidth(Region.USE_PREF_SIZE);
        }
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());
        rangeLanes.getItems().setAll("Lanes by kind", "Lanes by nation");
        rangeLanes.setValue(SavedView.LANES_BY_NATION.equals(lanes) ? "Lanes by nation" : "Lanes by kind");
        rangeLanes.disableProperty().bind(range.selectedProperty().not());
        format.getItems().setAll(ExportFormat.values());
        format.setValue(choice(ExportFormat.class, remembered("format", "PDF"), ExportFormat.PDF));
        paper.getItems().setAll(Paper.values());
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(Paper p) {
                return p == null ? "" : p.label();
            }

            @Override
            public Paper fromString(String s) {
                return Paper.parse(s);
            }
        });
        paper.setValue(choice(Paper.class, remembered("paper", "A4"), Paper.A4));
        orientation.getItems().setAll("Landscape", "Portrait");
        orientation.setValue("Portrait".equals(remembered("orientation", "")) ? "Portrait" : "Landscape");
        width.setPromptText("or width in px");
        dpi.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        width.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        table.getItems().setAll("Events table: auto", "Events table: on", "Events table: off");
        table.setValue(remembered("table", "Events table: auto"));
        chart.getItems().setAll(BriefingOptions.ChartMode.values());
        chart.setConverter(named(m -> switch (m) {
            case ON -> "Chart under the timeline";
            case PAGE -> "Chart on its own page";
            default -> "No chart";
        }));
        chart.setValue(
                choice(BriefingOptions.ChartMode.class, remembered("chart", "ON"), BriefingOptions.ChartMode.ON));
        map.setId("export-map");
        map.getItems().setAll(BriefingOptions.MapMode.values());
        map.setConverter(named(m -> switch (m) {
            case ON -> "Map beside the timeline";
            case PAGE -> "Map on its own page";
            default -> "No map";
        }));
        map.setValue(choice(BriefingOptions.MapMode.class, remembered("map", "OFF"), BriefingOptions.MapMode.OFF));
        split.getItems().setAll(Split.values());
        split.setConverter(named(sp -> sp == Split.NONE
                ? "One page per view"
                : "A page per " + sp.name().toLowerCase(Locale.ROOT)));
        split.setValue(choice(Split.class, remembered("split", "NONE"), Split.NONE));
        colours.getItems().setAll("Light page", "Dark page (slides)");
        colours.setValue(remembered("theme", "Light page"));
        title.setText(remembered("title", dataset.title()));
        title.setId("export-title");
        subtitle.setText(remembered("subtitle", ""));
        subtitle.setId("export-subtitle");
        out.setId("export-file");
        classification.setId("export-marking");
        classification.setEditable(true);
        classification.getItems().setAll(offeredMarkings());
        String lastMarking = remembered("marking", null);
        classification.setValue(
                lastMarking != null && notBelowDataset(lastMarking)
                        ? lastMarking
                        : dataset.classification().orElse("UNCLASSIFIED"));
        bannerColour.setId("export-banner-colour");
        bannerColour.setPromptText("Banner #rrggbb");
        // the field is narrow: the whole explanation is in its tooltip, not a prompt cut short
        bannerColour.setTooltip(new javafx.scene.control.Tooltip(
                "Banner colour (#rrggbb), needed only for a marking outside the US and NATO levels"));
        bannerColour.setText(remembered("bannerColour", ""));
        legend.setSelected(true);
        callouts.setSelected(true);
        String base = dataset.fingerprint().fileName().replaceFirst("\\.json$", "");
        Path folder = Path.of(remembered("folder", defaultFolder.toString()));
        out.setText(folder.resolve(base + "-briefing." + format.getValue().extension())
                .toString());
        format.valueProperty()
                .addListener((obs, o, f) ->
                        out.setText(out.getText().replaceFirst("\\.(png|svg|pdf|pptx)$", "." + f.extension())));
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
        g.addRow(r++, new Label(""), new HBox(6, range, from, new Label("to"), to, rangeLanes));
        g.addRow(r++, new Label("Format"), new HBox(6, format, paper, orientation));
        g.addRow(r++, new Label("PNG size"), new HBox(6, new Label("DPI"), dpi, width));
        g.addRow(r++, new Label("Pages"), new HBox(6, split, table));
        g.addRow(r++, new Label("Chart and map"), new HBox(6, chart, map));
        g.addRow(r++, new Label("Title"), title);
        g.addRow(r++, new Label("Subtitle"), subtitle);
        g.addRow(r++, new Label("Classification"), new HBox(6, classification, bannerColour));
        // the colours share the row of what the page includes, so the dialog fits a 1280x720 screen
        g.addRow(r++, new Label("Include"), new HBox(12, legend, callouts, colours));
        g.addRow(r++, new Label("File"), new HBox(6, out, browse));
        problem.setTextFill(Color.FIREBRICK);
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        g.add(problem, 1, r);
        out.setPrefColumnCount(36);
        classification.setPrefWidth(240);
        bannerColour.setPrefColumnCount(16);
        fullLabels(g);
        getDialogPane().setContent(g);
        io.opstimeline.ui.Dialogs.fitScreen(this); // 702 px tall: on a 720 px screen, moved up to fit
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
        setResultConverter(b -> b == export ? remember(build(doc, window, filter)) : null);
    }

    /** Labels, buttons and choices keep their whole text: a field label reading "..." helps nobody. */
    private static void fullLabels(Node node) {
        if (node instanceof Labeled || node instanceof ChoiceBox) {
            ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
        }
        if (node instanceof HBox h) {
            // a label beside its field reads on the field's line, not above it ("DPI" sat high)
            h.setAlignment(Pos.BASELINE_LEFT);
        }
        if (node instanceof Pane p) {
            p.getChildren().forEach(ExportDialog::fullLabels);
        }
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choice boxes do not parse");
            }
        };
    }

    private String remembered(String field, String fallback) {
        return memory == null ? fallback : memory.get(field, fallback);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return fallback;
        }
    }

    private static Classification parseOrNull(String marking) {
        try {
            return marking == null ? null : Classification.of(marking);
        } catch (IllegalArgumentException e) {
            return null; // the dataset's own marking is outside the grammar: offered as it is, nothing ranked
        }
    }

    /** The grammar's levels at or above the dataset's, of its family (US or NATO); all when it has none. */
    private List<String> offeredMarkings() {
        List<String> out = new ArrayList<>();
        for (Classification.Level l : Classification.Level.values()) {
            if (l.words().isEmpty() || l == Classification.Level.NONE) {
                continue;
            }
            if (datasetMarking == null
                    || datasetMarking.level() == Classification.Level.NONE
                    || l.rank() >= datasetMarking.level().rank() && sameFamily(l, datasetMarking.level())) {
                out.add(l.words());
            }
        }
        dataset.classification()
                .filter(c -> datasetMarking == null || !out.contains(datasetMarking.text()))
                .ifPresent(c -> out.add(0, datasetMarking == null ? c : datasetMarking.text()));
        return out;
    }

    private static boolean sameFamily(Classification.Level a, Classification.Level b) {
        return a.name().startsWith("NATO") || a.name().startsWith("COSMIC")
                ? b.name().startsWith("NATO") || b.name().startsWith("COSMIC")
                : !(b.name().startsWith("NATO") || b.name().startsWith("COSMIC"));
    }

    private boolean notBelowDataset(String marking) {
        Classification c = parseOrNull(marking);
        return datasetMarking == null
                || c == null
                || c.level().rank() >= datasetMarking.level().rank();
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        ExportFormat f = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.name(), "*." + f.extension()));
        File currentFile = new File(out.getText());
        if (currentFile.getParentFile() != null && currentFile.getParentFile().isDirectory()) {
            chooser.setInitialDirectory(currentFile.getParentFile());
        }
        chooser.setInitialFileName(currentFile.getName());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            out.setText(chosen.getPath());
        }
    }

    private ExportJob remember(ExportJob job) {
        if (memory != null) {
            memory.put("marking", job.briefing().options().classification());
            memory.put("bannerColour", bannerColour.getText().strip());
            memory.put("title", title.getText());
            memory.put("subtitle", subtitle.getText());
            memory.put("format", format.getValue().name());
            memory.put("paper", paper.getValue().name());
            memory.put("orientation", orientation.getValue());
            memory.put("table", table.getValue());
            memory.put("chart", chart.getValue().name());
            memory.put("map", map.getValue().name());
            memory.put("split", split.getValue().name());
            memory.put("theme", colours.getValue());
            Path parent = job.out().toAbsolutePath().getParent();
            memory.put("folder", parent == null ? null : parent.toString());
        }
        return job;
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
            long start = date(from.getText(), "From").epochMilli();
            long end = date(to.getText(), "To").periodEnd().toEpochMilli();
            if (end <= start) {
                throw new IllegalArgumentException("The range must end after it starts.");
            }
            pages.add(new BriefingView(
                    null,
                    new TimeWindow(start, end),
                    ViewFilter.NONE,
                    "Lanes by nation".equals(rangeLanes.getValue())
                            ? SavedView.LANES_BY_NATION
                            : SavedView.LANES_BY_KIND));
        } else {
            pages.add(new BriefingView(null, window, filter, lanes));
        }
        if (out.getText().isBlank()) {
            throw new IllegalArgumentException("Choose a file to write.");
        }
        String marking = classification.getEditor() != null && classification.isEditable()
                ? classification.getEditor().getText()
                : classification.getValue();
        marking = marking == null || marking.isBlank() ? classification.getValue() : marking;
        String colour =
                bannerColour.getText().isBlank() ? null : bannerColour.getText().strip();
        Classification chosen = Classification.of(marking, colour);
        if (datasetMarking != null
                && chosen.level() != Classification.Level.USER_DEFINED
                && chosen.level().rank() < datasetMarking.level().rank()) {
            throw new IllegalArgumentException("The data is marked " + datasetMarking.text()
                    + "; a page of it cannot be marked lower (" + chosen.text() + ").");
        }
        ExportSettings settings = new ExportSettings(
                format.getValue(),
                paper.getValue(),
                "Landscape".equals(orientation.getValue()),
                number(width.getText(), "width"),
                number(dpi.getText(), "DPI"));
        Boolean withTable = switch (table.getValue()) {
            case "Events table: on" -> Boolean.TRUE;
            case "Events table: off" -> Boolean.FALSE;
            default -> saved.isSelected() && pages.size() > 1 || split.getValue() != Split.NONE ? Boolean.TRUE : null;
        };
        Briefing b = new Briefing(
                dataset,
                doc.annotations(),
                new BriefingOptions(
                        title.getText(),
                        subtitle.getText(),
                        chosen.text(),
                        legend.isSelected(),
                        callouts.isSelected(),
                        Instant.now(),
                        zone,
                        colour,
                        withTable,
                        chart.getValue(),
                        split.getValue(),
                        colours.getValue().startsWith("Dark"),
                        map.getValue()),
                pages);
        return new ExportJob(b, settings, Path.of(out.getText().strip()));
    }

    private io.opstimeline.core.model.TimeSpec date(String text, String field) {
        try {
            return DateParser.parse(text.strip(), zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(field + ": \u201c" + text.strip() + "\u201d is not a date; use e.g."
                    + " 2011-03-19, 2011-03 or 2011-03-19T12:00Z.");
        }
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
