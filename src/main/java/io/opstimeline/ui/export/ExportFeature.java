package io.opstimeline.ui.export;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.SidecarFile;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.InputOverwriteException;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.work.BackgroundWork;
import io.opstimeline.export.BriefingExporter;
import io.opstimeline.export.ExportFormat;
import io.opstimeline.export.ExportSettings;
import io.opstimeline.ui.FxImages;
import io.opstimeline.ui.Settings;
import io.opstimeline.ui.WorkbenchModel;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * File > Export and Copy view as image. Both paint the page with the same painter as the command
 * line, off the UI thread; the clipboard gets the marked page, never an unmarked picture.
 */
public final class ExportFeature {
    /** What is on screen (document, window, filter, lanes, zone): the page draws what was seen. */
    private final WorkbenchModel model;

    private final Supplier<AnnotationDocument> annotations;
    private final Supplier<Path> dataFile;
    private final Supplier<Window> owner;
    private final Consumer<String> status;
    private Settings settings;
    private final BackgroundWork worker = BackgroundWork.daemon("briefing-export");

    public ExportFeature(
            WorkbenchModel model,
            Supplier<AnnotationDocument> annotations,
            Supplier<Path> dataFile,
            Supplier<Window> owner,
            Consumer<String> status) {
        // We only draw into images and files; AWT must never try to open windows beside JavaFX.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        this.model = model;
        this.annotations = annotations;
        this.dataFile = dataFile;
        this.owner = owner;
        this.status = status;
    }

    public List<MenuItem> fileMenuItems() {
        MenuItem export = new MenuItem("Export\u2026");
        export.setId("export");
        export.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        export.setOnAction(e -> openDialog());
        MenuItem copy = new MenuItem("Copy view as image");
        copy.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+C"));
        copy.setOnAction(e -> copyToClipboard());
        return List.of(export, copy);
    }

    private void openDialog() {
        Dataset d = model.datasetProperty().get();
        BriefingView view = model.briefingView();
        if (view == null) {
            status.accept("Open a dataset to export.");
            return;
        }
        Path file = dataFile.get();
        Path folder = file != null && file.toAbsolutePath().getParent() != null
                ? file.toAbsolutePath().getParent()
                : Path.of(System.getProperty("user.home"));
        new ExportDialog(
                        owner.get(),
                        d,
                        annotations.get(),
                        view.window(),
                        view.filter(),
                        view.lanes(),
                        model.effectiveZone(),
                        folder,
                        settings == null ? null : new ExportMemory(settings, d))
                .showAndWait()
                .ifPresent(this::run);
    }

    /** Runs an export in the background and reports the outcome in the status bar. */
    public void run(ExportJob job) {
        Path data = dataFile.get();
        if (data != null) {
            try {
                SidecarFile.besideData(data).inputsWith(data).check(job.out()); // issue 16.1: never over an input
            } catch (InputOverwriteException e) {
                status.accept("Not exported: " + e.getMessage());
                return;
            }
        }
        status.accept("Exporting " + job.out() + "\u2026");
        worker.submit(() -> {
            try {
                List<Path> written = new BriefingExporter().export(job.briefing(), job.settings(), job.out());
                Platform.runLater(() -> status.accept("Exported "
                        + (written.size() == 1
                                ? written.get(0)
                                : written.size() + " files: " + written.get(0) + " \u2026")));
            } catch (Exception ex) {
                LoggerFactory.getLogger(ExportFeature.class).error("export failed", ex);
                Platform.runLater(() -> status.accept("Export failed: " + ex.getMessage()));
            }
        });
    }

    /** Where the dialog remembers each dataset's last export (the app's settings; a throw-away node in tests). */
    public void setSettings(Settings settings) {
        this.settings = settings;
    }

    private void copyToClipboard() {
        BriefingView view = model.briefingView();
        if (view == null) {
            return;
        }
        Briefing b = new Briefing(
                model.datasetProperty().get(),
                annotations.get().annotations(),
                new BriefingOptions(null, null, null, true, true, Instant.now(), model.effectiveZone()),
                List.of(view));
        ExportSettings settings = new ExportSettings(ExportFormat.PNG, Paper.A4, true, 1600, null);
        worker.submit(() -> {
            BufferedImage img;
            try {
                img = new BriefingExporter().renderPng(b, settings, 0);
            } catch (java.io.IOException ex) {
                Platform.runLater(() -> status.accept("Could not copy the view: " + ex.getMessage()));
                return;
            }
            int[] argb = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
            Platform.runLater(() -> {
                WritableImage fx = FxImages.fromArgb(argb, img.getWidth(), img.getHeight());
                ClipboardContent content = new ClipboardContent();
                content.putImage(fx);
                Clipboard.getSystemClipboard().setContent(content);
                status.accept("Copied the view to the clipboard as an image (" + img.getWidth() + "\u00d7"
                        + img.getHeight() + ", marked " + b.classification().text() + ")");
            });
        });
    }
}
