package io.opstimeline.ui;

import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.Paper;
import io.opstimeline.export.BriefingExporter;
import io.opstimeline.export.ExportFormat;
import io.opstimeline.export.ExportSettings;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.slf4j.LoggerFactory;

/**
 * File > Print: the briefing page of the current view (the same page File > Export writes, with
 * its classification marking) through the system's printer dialog. With no printer set up, a
 * plain message says so and points to a PDF export instead of failing.
 */
final class PrintBriefing {
    static final String NO_PRINTER = "No printer is set up on this computer. Use File \u203A Export\u2026 to save "
            + "the briefing as a PDF, and print that file from another machine.";

    private PrintBriefing() {}

    /** @param briefing the page to print, or null when no dataset is open */
    static void print(Window owner, Supplier<Briefing> briefing, Consumer<String> status) {
        Briefing b = briefing.get();
        if (b == null) {
            status.accept("Open a dataset to print.");
            return;
        }
        PrinterJob job = Printer.getDefaultPrinter() == null ? null : PrinterJob.createPrinterJob();
        if (job == null) {
            message(owner, NO_PRINTER).show();
            return;
        }
        if (!job.showPrintDialog(owner)) {
            return; // cancelled
        }
        try {
            PageLayout page = job.getJobSettings().getPageLayout();
            // twice the printable width in pixels: sharp at 144 dpi on paper
            int px = (int) Math.max(800, page.getPrintableWidth() * 2);
            BufferedImage img = new BriefingExporter()
                    .renderPng(b, new ExportSettings(ExportFormat.PNG, Paper.A4, true, px, null), 0);
            WritableImage fx = FxImages.fromArgb(
                    img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth()),
                    img.getWidth(),
                    img.getHeight());
            ImageView view = new ImageView(fx);
            view.setPreserveRatio(true);
            view.setFitWidth(page.getPrintableWidth());
            view.setFitHeight(page.getPrintableHeight());
            if (job.printPage(view) && job.endJob()) {
                status.accept("Sent the briefing page to " + job.getPrinter().getName());
            } else {
                status.accept("Printing failed: the printer did not take the page.");
            }
        } catch (io.opstimeline.export.MissingGlyphsException e) {
            job.cancelJob();
            message(owner, e.getMessage()).show(); // says which characters no bundled font can draw
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(PrintBriefing.class).error("printing failed", e);
            job.cancelJob();
            message(owner, "Printing failed: " + e.getMessage()).show();
        }
    }

    static Alert message(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Print");
        alert.setHeaderText("Cannot print");
        alert.getDialogPane().setId("print-message");
        ErrorDialogs.wrap(alert, 480);
        return alert;
    }
}
