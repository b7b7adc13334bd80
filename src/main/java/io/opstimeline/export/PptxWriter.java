package io.opstimeline.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingPage;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.AtomicFiles;
import io.opstimeline.core.model.Event;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.LineDecoration;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.StrokeStyle;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * A briefing as a PowerPoint deck (Apache POI): one slide per planned page (view, period, lanes
 * part, events table part), drawn as native shapes and text boxes by {@link PptxSurface}, with the
 * marking on every slide (the banners are part of the page) and the view's annotations as the
 * slide's speaker notes.
 */
final class PptxWriter {
    private final BriefingPainter painter;

    PptxWriter(BriefingPainter painter) {
        this.painter = painter;
    }

    void write(Briefing b, List<BriefingPage> plan, Paper.PageSize size, Path out) throws IOException {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            ppt.setPageSize(new Dimension((int) Math.round(size.width()), (int) Math.round(size.height())));
            ExportFonts fonts = ExportFonts.get();
            for (int i = 0; i < plan.size(); i++) {
                XSLFSlide slide = ppt.createSlide();
                AwtSurface measurer = new AwtSurface(g, fonts);
                PptxSurface surface = new PptxSurface(slide, measurer, fonts.family());
                painter.paint(surface, size.width(), size.height(), b, plan, i);
                surface.flush();
                measurer.failOnMissingGlyphs();
                speakerNotes(ppt, slide, notes(b, plan.get(i)));
            }
            ppt.getProperties().getCoreProperties().setTitle(b.title());
            ppt.getProperties()
                    .getCoreProperties()
                    .setSubjectProperty(b.classification().text());
            ppt.getProperties().getCoreProperties().setKeywords(String.join("; ", PdfWriter.keywords(b)));
            ppt.getProperties().getCoreProperties().setCreator(System.getProperty("user.name", "Ops Timeline"));
            AtomicFiles.write(out, ppt::write);
        } finally {
            g.dispose();
        }
    }

    /**
     * Loads POI's slide classes and its OOXML schema types (several hundred classes and their
     * type-system files, the largest part of a one-shot deck's time) by writing a throwaway deck
     * with one shape of each kind the surface makes; the command line runs this on the other core
     * while the dataset is read and checked (see BriefingExporter.warmUp).
     */
    static void warmUp() throws IOException {
        try (XMLSlideShow ppt = new XMLSlideShow()) {
            XSLFSlide slide = ppt.createSlide();
            XSLFTextBox box = slide.createTextBox();
            XSLFTextRun run = box.addNewTextParagraph().addNewTextRun();
            run.setText("W");
            run.setFontFamily("DejaVu Sans");
            run.setFontSize(8.0);
            run.setBold(true);
            run.setFontColor(Color.BLACK);
            box.setInsets(new Insets2D(0, 0, 0, 0));
            box.setVerticalAlignment(VerticalAlignment.TOP);
            XSLFAutoShape rect = slide.createAutoShape();
            rect.setShapeType(ShapeType.RECT);
            rect.setAnchor(new Rectangle2D.Double(0, 0, 4, 4));
            rect.setFillColor(Color.RED);
            rect.setLineColor(null);
            XSLFConnectorShape line = slide.createConnector();
            line.setShapeType(ShapeType.LINE);
            line.setLineWidth(1);
            line.setLineDash(StrokeStyle.LineDash.DASH);
            line.setLineHeadDecoration(LineDecoration.DecorationShape.NONE);
            XSLFFreeformShape free = slide.createFreeform();
            free.setPath(new Path2D.Double(new Rectangle2D.Double(0, 0, 2, 2)));
            speakerNotes(ppt, slide, "warm-up");
            ppt.getProperties().getCoreProperties().setTitle("warm-up");
            ppt.write(OutputStream.nullOutputStream());
        }
    }

    /** The slide's notes: what it is, then the annotations of its window in time order. */
    static String notes(Briefing b, BriefingPage page) {
        BriefingView v = page.view();
        Set<String> shown = new HashSet<>();
        b.inWindow(v).forEach(e -> shown.add(e.id()));
        List<String> lines = new ArrayList<>();
        lines.add(BriefingPainter.pageTitle(b, page) + ". Marking: "
                + b.classification().text());
        for (Annotation a : b.annotations()) {
            if (a.eventId() != null) {
                if (shown.contains(a.eventId())) {
                    String rec =
                            b.dataset().event(a.eventId()).map(Event::title).orElse(a.eventId());
                    lines.add("\u2022 " + a.text().strip() + " [" + rec + "]");
                }
            } else if (v.window()
                    .overlaps(a.start().toEpochMilli(), (a.end() == null ? a.start() : a.end()).toEpochMilli())) {
                lines.add("\u2022 " + a.text().strip());
            }
        }
        return String.join("\n", lines);
    }

    private static void speakerNotes(XMLSlideShow ppt, XSLFSlide slide, String text) {
        XSLFNotes notes = ppt.getNotesSlide(slide);
        for (XSLFShape shape : notes.getShapes()) {
            if (shape instanceof XSLFTextShape t && t.getPlaceholder() == Placeholder.BODY) {
                t.setText(text);
                return;
            }
        }
    }
}
