package io.opstimeline.ui;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.core.work.BackgroundWork;
import io.opstimeline.ui.annotate.AnnotationsFeature;
import io.opstimeline.ui.chart.SeriesChartView;
import io.opstimeline.ui.detail.DetailPane;
import io.opstimeline.ui.export.ExportFeature;
import io.opstimeline.ui.filter.FilterBar;
import io.opstimeline.ui.nations.NationsPane;
import io.opstimeline.ui.overview.OverviewStrip;
import io.opstimeline.ui.table.RecordsTable;
import io.opstimeline.ui.timeline.NationOverlay;
import io.opstimeline.ui.timeline.ParticipationOverlay;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: filter bar, timeline with series chart and overview, detail pane, records table
 * and nations pane, all bound to one {@link WorkbenchModel}. Files load off the UI thread; only a
 * fully loaded dataset replaces the open one.
 */
public final class MainWindow extends BorderPane {
    /** Where the workbench's divider goes while the Map tab is shown: half the height each. */
    private static final double MAP_DIVIDER = 0.5;

    private static final DateTimeFormatter WINDOW_FMT = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private final WorkbenchModel model = new WorkbenchModel();
    private final TimelineView timeline;
    private final SeriesChartView chart = new SeriesChartView();
    private final OverviewStrip overview = new OverviewStrip();
    private final DetailPane detail;
    private final RecordsTable table = new RecordsTable(model);
    private final NationsPane nations = new NationsPane(model);
    private final FilterBar filterBar = new FilterBar(model, this::stepMatch);
    private final Label status = new Label();
    private final LoadProgress progress = new LoadProgress();
    private final Settings settings;
    private final FileWatcher watcher = new FileWatcher();
    private Path openFile;
    private final AnnotationsFeature annotations;
    private final ExportFeature export;
    private final RecordActions recordActions;
    private final javafx.scene.control.MenuBar menuBar;
    private final Tab records;
    private final Tab nationsTab;
    private final BackgroundWork loader = BackgroundWork.daemon("dataset-loader");

    public MainWindow(Consumer<String> openUrl) {
        this(openUrl, Settings.user());
    }

    public MainWindow(Consumer<String> openUrl, Settings settings) {
        this(openUrl, settings, new TimelineView());
    }

    /**
     * The workbench around a timeline that may already be on screen showing a dataset (the start-up
     * shows the sample's first frame before building the rest, docs/architecture.md): the
     * workbench takes over its dataset, time window and selection, so nothing the user did
     * in the meantime is lost.
     */
    MainWindow(Consumer<String> openUrl, Settings settings, TimelineView shown) {
        this.settings = settings;
        this.timeline = shown;
        getStyleClass().add("main-window");
        detail = new DetailPane(openUrl);
        annotations = new AnnotationsFeature(timeline, model, () -> openFile, status::setText);
        export = new ExportFeature(
                model,
                () -> annotations.store().document(),
                () -> openFile,
                () -> getScene().getWindow(),
                status::setText);
        export.setSettings(settings);
        recordActions = new RecordActions(
                model,
                new RecordActions.Handlers(
                        openUrl,
                        id -> annotations.addNoteOnSelection(),
                        filterBar::showOnlyKind,
                        filterBar::showOnlyNation));
        table.setRecordActions(recordActions);
        // the timeline offers the same record menu, and its legend follows View > Legend of symbols
        timeline.recordMenuFactoryProperty().set(id -> recordActions.menuFor(id).orElse(null));
        timeline.setId("timeline");
        detail.setId("detail");
        status.setId("status");
        chart.setId("series-chart");
        overview.setId("overview");
        boolean adopted = shown.documentProperty().get() != null;
        if (adopted) {
            model.documentProperty().set(shown.documentProperty().get());
            model.windowProperty().set(shown.windowProperty().get());
            model.selectedIdProperty().set(shown.selectedIdProperty().get());
        }
        // the first frame showed the saved lanes, zone, theme and legend: the model takes them over
        model.laneModeProperty().set(shown.laneModeProperty().get());
        model.zoneProperty().set(shown.zoneProperty().get());
        model.themeProperty().set(shown.themeProperty().get());
        model.legendShownProperty().set(shown.legendVisibleProperty().get());
        bind();
        if (adopted) {
            // what the dataset listener of bind() does on a change, minus clearing the selection
            applyFilter();
            showSelection();
            updateStatus();
        }

        SeriesControls seriesControls = new SeriesControls(model);
        // lanes above, the series chart below a divider the user can move: on a 720 px screen the
        // lanes get the room first (the chart shrinks to 60 px), and the overview stays under both
        VBox chartArea = new VBox(seriesControls, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(60);
        SplitPane lanesAndChart = new SplitPane(scrollingLanes(), chartArea);
        lanesAndChart.setOrientation(Orientation.VERTICAL);
        SplitPane.setResizableWithParent(chartArea, false);
        remember(lanesAndChart, "divider.chart", 0.72);
        VBox.setVgrow(lanesAndChart, Priority.ALWAYS);
        VBox timeArea = new VBox(lanesAndChart, overview);
        // an items file has no series and no dataset overview: the lanes take that room instead
        overview.visibleProperty().bind(model.datasetProperty().isNotNull());
        overview.managedProperty().bind(overview.visibleProperty());
        javafx.beans.value.ChangeListener<Dataset> chartShown = (o, was, d) -> {
            if (d == null) {
                lanesAndChart.getItems().remove(chartArea);
            } else if (!lanesAndChart.getItems().contains(chartArea)) {
                lanesAndChart.getItems().add(chartArea);
                lanesAndChart.setDividerPositions(settings.getDouble("divider.chart", 0.72));
            }
        };
        model.datasetProperty().addListener(chartShown);
        chartShown.changed(null, null, model.datasetProperty().get());
        VBox side = new VBox(detail, annotations.notesPane());
        VBox.setVgrow(detail, Priority.ALWAYS);
        SplitPane upper = new SplitPane(timeArea, side);
        remember(upper, "divider.upper", 0.74);
        SplitPane.setResizableWithParent(side, false);
        records = new Tab("Records", table);
        nationsTab = new Tab("Nations", nations);
        Tab mapTab = new Tab("Map", new io.opstimeline.ui.map.MapWorkspace(model, model.themeProperty()));
        TabPane lower = new TabPane(records, nationsTab, mapTab);
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.setAccessibleText("Records, nations and map");
        SplitPane main = new SplitPane(upper, lower);
        main.setOrientation(Orientation.VERTICAL);
        remember(main, "divider.main", 0.66);
        giveTheMapRoom(main, mapTab);
        menuBar = new MainMenus(this).build();
        setTop(new VBox(menuBar, filterBar));
        setCenter(main);
        status.getStyleClass().add("status-bar");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane bottom = new BorderPane(status);
        bottom.setRight(progress);
        setBottom(bottom);
        acceptDroppedFiles();
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F6 && !e.isControlDown() && !e.isAltDown()) {
                PaneCycle.move(getScene(), panes(), e.isShiftDown() ? -1 : 1);
                e.consume();
            }
        });
    }

    /** F6 order, as desktop apps go round their panes: filter bar, timeline, detail, the lower tab. */
    private List<javafx.scene.Node> panes() {
        javafx.scene.Node lowerContent =
                records.getTabPane().getSelectionModel().getSelectedItem().getContent();
        return List.of(filterBar, timeline, detail, lowerContent);
    }

    public javafx.scene.control.MenuBar menuBar() {
        return menuBar;
    }

    public Tab recordsTab() {
        return records;
    }

    public Tab nationsTab() {
        return nationsTab;
    }

    /**
     * The timeline in a vertical scroller: it fills the space it is given, and when there are more
     * lanes than fit (19 nations) it keeps every lane one row high and scrolls instead of cutting
     * the lower ones off. The wheel still zooms; the scroll bar moves the lanes.
     */
    private ScrollPane scrollingLanes() {
        ScrollPane scroller = new ScrollPane(timeline);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroller.getStyleClass().add("timeline-scroller");
        scroller.setAccessibleText("Timeline lanes, scrolled when there are more than fit");
        // the axis stays at the top of what is visible, over the lanes scrolled under it
        Runnable pinAxis = () -> timeline.axisTopProperty()
                .set(Math.max(
                        0,
                        scroller.getVvalue()
                                * (timeline.getHeight()
                                        - scroller.getViewportBounds().getHeight())));
        scroller.vvalueProperty().addListener((o, a, v) -> pinAxis.run());
        scroller.viewportBoundsProperty().addListener((o, a, b) -> pinAxis.run());
        timeline.heightProperty().addListener((o, a, h) -> pinAxis.run());
        // A click on the lanes must leave the keyboard with the timeline, not with its scroller.
        scroller.setFocusTraversable(false);
        scroller.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                timeline.requestFocus();
            }
        });
        VBox.setVgrow(scroller, Priority.ALWAYS);
        javafx.beans.value.ChangeListener<io.opstimeline.core.index.ItemStore> rows =
                (o, a, store) -> timeline.setMinHeight(
                        store == null ? 200 : Math.max(200, TimelinePainter.minHeight(store.laneCount())));
        timeline.storeProperty().addListener(rows);
        rows.changed(null, null, timeline.storeProperty().get()); // a timeline taken over at start-up has its store
        return scroller;
    }

    /**
     * A map in a pane a third of the window high is a strip of sea: choosing the Map tab raises the
     * divider to the middle when the lower pane is smaller than that, and leaving it puts the divider
     * back, unless the user has moved it meanwhile.
     */
    private static void giveTheMapRoom(SplitPane split, Tab mapTab) {
        double[] before = {Double.NaN};
        mapTab.selectedProperty().addListener((o, was, selected) -> {
            double at = split.getDividerPositions()[0];
            if (selected && at > MAP_DIVIDER) {
                before[0] = at;
                split.setDividerPositions(MAP_DIVIDER);
            } else if (!selected && !Double.isNaN(before[0]) && Math.abs(at - MAP_DIVIDER) < 0.005) {
                split.setDividerPositions(before[0]);
                before[0] = Double.NaN;
            }
        });
    }

    /** The split where the user left it last time; the default on a first start. */
    private void remember(SplitPane split, String key, double fallback) {
        double saved = settings.getDouble(key, fallback);
        split.setDividerPositions(saved > 0.1 && saved < 0.95 ? saved : fallback);
        split.getDividers()
                .get(0)
                .positionProperty()
                .addListener((o, a, p) -> settings.putDouble(key, p.doubleValue()));
    }

    private void bind() {
        timeline.documentProperty().bind(model.documentProperty());
        timeline.filterResultProperty().bind(model.filterResultProperty());
        timeline.filterModeProperty().bind(model.modeProperty());
        timeline.windowProperty().bindBidirectional(model.windowProperty());
        timeline.selectedIdProperty().bindBidirectional(model.selectedIdProperty());
        timeline.laneModeProperty().bind(model.laneModeProperty());
        timeline.zoneProperty().bind(model.zoneProperty());
        timeline.themeProperty().bind(model.themeProperty());
        // L on the timeline toggles its legend too, so this one goes both ways
        timeline.legendVisibleProperty().bindBidirectional(model.legendShownProperty());
        chart.shownSeriesProperty().bindBidirectional(model.shownSeriesProperty());
        chart.dailyProperty().bindBidirectional(model.dailySeriesProperty());
        overview.datasetProperty().bind(model.datasetProperty());
        overview.windowProperty().bindBidirectional(model.windowProperty());
        chart.datasetProperty().bind(model.datasetProperty());
        chart.windowProperty().bind(model.windowProperty());
        chart.themeProperty().bind(model.themeProperty());
        chart.markedProperty()
                .bind(javafx.beans.binding.Bindings.createObjectBinding(
                        () -> {
                            Dataset d = model.datasetProperty().get();
                            String id = model.selectedIdProperty().get();
                            return d == null || id == null
                                    ? null
                                    : d.event(id).map(e -> e.start().instant()).orElse(null);
                        },
                        model.datasetProperty(),
                        model.selectedIdProperty()));
        overview.themeProperty().bind(model.themeProperty());
        // the range's days start at 00:00 in the zone shown; another zone moves those instants
        filterBar.setZone(model::effectiveZone);
        model.zoneProperty().addListener((obs, old, z) -> {
            filterBar.setZone(model::effectiveZone);
            showSelection();
            updateStatus();
        });
        model.selectedIdProperty().addListener((obs, old, id) -> showSelection());
        model.windowProperty().addListener((obs, old, w) -> updateStatus());
        model.filterProperty().addListener((obs, old, f) -> applyFilter());
        model.modeProperty().addListener((obs, old, m) -> applyFilter());
        model.selectedNationProperty().addListener((obs, old, n) -> applyFilter());
        model.documentProperty().addListener((obs, old, d) -> {
            model.selectedIdProperty().set(null);
            model.selectedNationProperty().set(null);
            applyFilter();
            showSelection();
            updateStatus();
        });
    }

    /**
     * What a dataset adds to the one filter path (the timeline, table, detail and search read the
     * model's filter result themselves): the chosen nation's records and participation on the
     * timeline, and the overview's histogram of what passes.
     */
    private void applyFilter() {
        Dataset d = model.datasetProperty().get();
        timeline.overlays().removeIf(o -> o instanceof NationOverlay || o instanceof ParticipationOverlay);
        String nation = model.selectedNationProperty().get();
        if (d != null && nation != null) {
            timeline.overlays()
                    .add(
                            0,
                            new NationOverlay(d.events().stream()
                                    .filter(e -> e.nationIds().contains(nation))
                                    .map(Event::id)
                                    .collect(Collectors.toSet())));
            long end = d.events().stream()
                    .mapToLong(e -> e.coverEnd().toEpochMilli())
                    .max()
                    .orElse(0);
            d.nation(nation).ifPresent(n -> timeline.overlays().add(1, new ParticipationOverlay(n, end)));
        }
        overview.eventsProperty().set(model.matchingEvents());
    }

    /**
     * Next or previous record passing the filter (Enter, Shift+Enter in the search box), in the
     * table's order: selected everywhere, and the window panned to its start if that is outside.
     */
    void stepMatch(int direction) {
        table.step(direction);
        TimelineDocument doc = model.documentProperty().get();
        int r = doc == null ? -1 : doc.indexOf(model.selectedIdProperty().get());
        TimeWindow w = model.windowProperty().get();
        long t = r < 0 ? 0 : doc.records().markStart(r);
        if (w != null && r >= 0 && (t < w.start() || t >= w.end())) {
            model.windowProperty().set(w.pan(t - w.center()));
        }
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return model.datasetProperty();
    }

    public WorkbenchModel model() {
        return model;
    }

    public TimelineView timeline() {
        return timeline;
    }

    public AnnotationsFeature annotations() {
        return annotations;
    }

    ExportFeature export() {
        return export;
    }

    public SeriesChartView chart() {
        return chart;
    }

    public FilterBar filterBar() {
        return filterBar;
    }

    /** The briefing page of what is on screen (window, filter, lanes, notes), for File > Print; null with no dataset. */
    io.opstimeline.core.export.Briefing currentBriefing() {
        Dataset d = model.datasetProperty().get();
        TimeWindow w = model.windowProperty().get();
        if (d == null || w == null) {
            return null;
        }
        return new io.opstimeline.core.export.Briefing(
                d,
                annotations.store().document().annotations(),
                new io.opstimeline.core.export.BriefingOptions(
                        null, null, null, true, true, Instant.now(), model.effectiveZone()),
                List.of(model.briefingView()));
    }

    void showStatus(String text) {
        status.setText(text);
    }

    /** The context menu for records; the timeline offers the same one. */
    public RecordActions recordActions() {
        return recordActions;
    }

    public RecordsTable table() {
        return table;
    }

    public NationsPane nations() {
        return nations;
    }

    Settings settings() {
        return settings;
    }

    Path openFile() {
        return openFile;
    }

    private void acceptDroppedFiles() {
        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok =
                    e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (ok) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Loads in the background; on failure shows every problem and keeps what is open. */
    public void open(Path file) {
        if (io.opstimeline.core.bulk.VisItemsReader.looksLikeVisItems(file)) {
            openItems(file);
            return;
        }
        load(file, false);
    }

    /**
     * A vis-timeline items/groups file (possibly millions of items) is read straight into a
     * columnar store and opened as the document; the views only a dataset feeds (series chart,
     * nations, map) stay empty for it.
     */
    private void openItems(Path file) {
        status.setText("Loading " + file.getFileName() + "\u2026");
        loading(true);
        Task<io.opstimeline.core.index.ItemStore> task = new Task<>() {
            @Override
            protected io.opstimeline.core.index.ItemStore call() throws DatasetLoadException {
                return io.opstimeline.core.bulk.VisItemsReader.read(file);
            }
        };
        progress.track(task); // indeterminate; Cancel discards the result and keeps what is open
        task.setOnCancelled(e -> {
            loading(false);
            refreshStatus();
        });
        task.setOnSucceeded(e -> {
            loading(false);
            openFile = null;
            model.documentProperty()
                    .set(TimelineDocument.ofItems(
                            task.getValue(), file.getFileName().toString()));
        });
        task.setOnFailed(e -> openFailed(file, task.getException()));
        loader.submit(task);
    }

    private void load(Path file, boolean keepView) {
        status.setText("Loading " + file.getFileName() + "\u2026");
        loading(true);
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws DatasetLoadException {
                return new DatasetLoader().load(file, p -> updateProgress(p, 1.0));
            }
        };
        progress.track(task);
        task.setOnCancelled(e -> {
            loading(false);
            refreshStatus();
            log().info("opening {} cancelled", file);
        });
        task.setOnSucceeded(e -> {
            loading(false);
            TimeWindow window = model.windowProperty().get();
            String selected = model.selectedIdProperty().get();
            openFile = file; // before the dataset: its annotations are looked up beside this file
            model.datasetProperty().set(task.getValue());
            if (keepView && window != null) {
                model.windowProperty().set(window);
                model.selectedIdProperty().set(selected);
            }
            openFile = file;
            settings.addRecent(file);
            watcher.watch(file, changed -> Platform.runLater(() -> load(changed, true)));
        });
        task.setOnFailed(e -> openFailed(file, task.getException()));
        loader.submit(task);
    }

    /** Every problem of a file that would not open, in a dialog; what was open stays open. */
    private void openFailed(Path file, Throwable error) {
        loading(false);
        updateStatus();
        if (error instanceof DatasetLoadException) {
            ProblemsDialog.create(getScene().getWindow(), file.toString(), ((DatasetLoadException) error).problems())
                    .show();
        } else {
            log().error("unexpected failure opening {}", file, error);
            ErrorDialogs.unexpected(getScene().getWindow(), "Could not open " + file, error)
                    .show();
        }
    }

    private void showSelection() {
        TimelineDocument doc = model.documentProperty().get();
        detail.show(
                doc, doc == null ? -1 : doc.indexOf(model.selectedIdProperty().get()), model.effectiveZone());
    }

    private void updateStatus() {
        TimelineDocument doc = model.documentProperty().get();
        if (doc == null) {
            status.setText("No dataset open. File \u203A Open\u2026 (Ctrl+O), or drop a file here.");
            return;
        }
        Dataset d = doc.dataset().orElse(null);
        String records = d == null
                ? String.format(
                        Locale.ENGLISH,
                        "%,d items in %d groups",
                        doc.size(),
                        doc.records().laneCount())
                : d.events().size() + " events, " + d.nations().size() + " nations, "
                        + d.sources().size() + " sources";
        TimeWindow w = model.windowProperty().get();
        var zone = model.effectiveZone();
        String window = w == null
                ? ""
                : "   Showing "
                        + WINDOW_FMT.format(Instant.ofEpochMilli(w.start()).atZone(zone)) + " \u2013 "
                        + WINDOW_FMT.format(Instant.ofEpochMilli(w.end()).atZone(zone)) + " " + zone.getId();
        status.setText(doc.name() + "   " + records + window
                + (d == null ? "" : d.classification().map(c -> "   " + c).orElse("")));
    }

    /** While a file loads, the table says so instead of "No records match the filter". */
    private void loading(boolean on) {
        table.showLoading(on);
    }

    void refreshStatus() {
        updateStatus();
    }

    /** Looked up when first needed: setting up logging is not on the way to the first frame. */
    private static Logger log() {
        return LoggerFactory.getLogger(MainWindow.class);
    }
}
