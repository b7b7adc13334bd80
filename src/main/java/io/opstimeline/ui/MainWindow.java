package io.opstimeline.ui;

import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.detail.DetailPane;
import io.opstimeline.ui.timeline.TimelineView;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: menu, timeline and detail pane sharing one dataset, one window and one selection.
 * A file is loaded off the UI thread; only a fully loaded dataset replaces the open one.
 */
public final class MainWindow extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private static final DateTimeFormatter WINDOW_FMT = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final TimelineView timeline = new TimelineView();
    private final DetailPane detail;
    private final Label status = new Label();
    private Path itemsFile;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dataset-loader");
        t.setDaemon(true);
        return t;
    });

    public MainWindow(Consumer<String> openUrl) {
        getStyleClass().add("main-window");
        detail = new DetailPane(openUrl);
        timeline.setId("timeline");
        detail.setId("detail");
        status.setId("status");
        timeline.datasetProperty().bind(dataset);
        timeline.selectedIdProperty().addListener((obs, old, id) -> showSelection());
        timeline.windowProperty().addListener((obs, old, w) -> updateStatus());
        dataset.addListener((obs, old, d) -> {
            timeline.selectedIdProperty().set(null);
            showSelection();
            updateStatus();
        });

        SplitPane split = new SplitPane(timeline, detail);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.72);
        SplitPane.setResizableWithParent(detail, false);
        setTop(menus());
        setCenter(split);
        setBottom(status);
        status.getStyleClass().add("status-bar");
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem exit = new MenuItem("Exit");
        exit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        exit.setOnAction(e -> Platform.exit());
        Menu file = new Menu("_File", null, open, exit);

        MenuItem fit = new MenuItem("Show everything");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> timeline.fitAll());
        MenuItem zoomIn = new MenuItem("Zoom in");
        zoomIn.setAccelerator(KeyCombination.keyCombination("Shortcut+EQUALS"));
        zoomIn.setOnAction(e -> zoom(0.7));
        MenuItem zoomOut = new MenuItem("Zoom out");
        zoomOut.setAccelerator(KeyCombination.keyCombination("Shortcut+MINUS"));
        zoomOut.setOnAction(e -> zoom(1 / 0.7));
        Menu view = new Menu("_View", null, fit, zoomIn, zoomOut);
        return new MenuBar(file, view);
    }

    private void zoom(double factor) {
        TimeWindow w = timeline.windowProperty().get();
        if (w != null) {
            timeline.windowProperty().set(w.zoom(factor, w.center()));
        }
    }

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public TimelineView timeline() {
        return timeline;
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Ops Timeline data (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            open(chosen.toPath());
        }
    }

    /** Loads in the background; on failure shows every problem and keeps what is open. */
    public void open(Path file) {
        if (io.opstimeline.core.bulk.VisItemsReader.looksLikeVisItems(file)) {
            openItems(file);
            return;
        }
        status.setText("Opening " + file + "\u2026");
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws DatasetLoadException {
                return new DatasetLoader().load(file);
            }
        };
        task.setOnSucceeded(e -> dataset.set(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            updateStatus();
            if (error instanceof DatasetLoadException) {
                ProblemsDialog.create(getScene().getWindow(), file.toString(),
                        ((DatasetLoadException) error).problems()).show();
            } else {
                LOG.error("unexpected failure opening {}", file, error);
                ErrorDialogs.unexpected(getScene().getWindow(), "Could not open " + file, error).show();
            }
        });
        loader.submit(task);
    }

    /** A vis-timeline items/groups file (possibly millions of items) goes straight to the timeline's store. */
    private void openItems(Path file) {
        status.setText("Opening " + file + "\u2026");
        Task<io.opstimeline.core.index.ItemStore> task = new Task<>() {
            @Override
            protected io.opstimeline.core.index.ItemStore call() throws DatasetLoadException {
                return io.opstimeline.core.bulk.VisItemsReader.read(file);
            }
        };
        task.setOnSucceeded(e -> {
            dataset.set(null);
            timeline.storeProperty().set(task.getValue());
            itemsFile = file;
            updateStatus();
        });
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            updateStatus();
            if (error instanceof DatasetLoadException) {
                ProblemsDialog.create(getScene().getWindow(), file.toString(),
                        ((DatasetLoadException) error).problems()).show();
            } else {
                LOG.error("unexpected failure opening {}", file, error);
                ErrorDialogs.unexpected(getScene().getWindow(), "Could not open " + file, error).show();
            }
        });
        loader.submit(task);
    }

    private void showSelection() {
        Dataset d = dataset.get();
        String id = timeline.selectedIdProperty().get();
        Event e = d == null || id == null ? null : d.event(id).orElse(null);
        detail.show(d, e);
    }

    private void updateStatus() {
        Dataset d = dataset.get();
        TimeWindow w = timeline.windowProperty().get();
        io.opstimeline.core.index.ItemStore items = timeline.storeProperty().get();
        if (d == null && items != null && itemsFile != null) {
            status.setText(String.format(Locale.ENGLISH, "%s   %,d items in %d groups (times in UTC)", itemsFile.getFileName(),
                    items.size(), items.laneCount()));
            return;
        }
        if (d == null) {
            status.setText("No dataset open. File \u203A Open\u2026 (Ctrl+O)");
            return;
        }
        String window = w == null ? "" : "   Showing " + WINDOW_FMT.format(Instant.ofEpochMilli(w.start()).atZone(d.timeZone()))
                + " \u2013 " + WINDOW_FMT.format(Instant.ofEpochMilli(w.end()).atZone(d.timeZone())) + " " + d.timeZone().getId();
        status.setText(d.title() + "   " + d.events().size() + " events, " + d.nations().size() + " nations, "
                + d.sources().size() + " sources" + window + d.classification().map(c -> "   " + c).orElse(""));
    }
}
