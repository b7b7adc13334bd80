package io.opstimeline.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.AtomicFiles;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF pages through PdfBoxGraphics2D: lines stay vector paths and text stays real PDF text
 * (searchable, selectable), because the text drawer maps our font to an embedded PDF font instead
 * of outlining glyphs.
 */
final class PdfWriter {
    private final BriefingPainter painter;

    PdfWriter(BriefingPainter painter) {
        this.painter = painter;
    }

    void write(Briefing b, Paper.PageSize size, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            IPdfBoxGraphics2DFontTextDrawer text = textDrawer(doc);
            for (int page = 0; page < b.pages().size(); page++) {
                PDPage pdPage = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
                doc.addPage(pdPage);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) size.width(), (float) size.height());
                g.setFontTextDrawer(text);
                try {
                    painter.paint(new AwtSurface(g, ExportFonts.get()), size.width(), size.height(), b, page);
                } finally {
                    g.dispose();
                }
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    cs.drawForm(g.getXFormObject());
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(b.title());
            info.setSubject(b.classification().text());
            info.setCreator("Ops Timeline");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(b.options().exportedAt().toEpochMilli());
            info.setCreationDate(created);
            // core.io.AtomicFiles: a failed export never leaves half a file or replaces the last good one
            AtomicFiles.write(out, doc::save);
        }
    }

    /** Loads PDFBox and parses the fonts once into a throwaway document (see BriefingExporter.warmUp). */
    static void warmUp() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, 10f, 10f);
            g.setFontTextDrawer(textDrawer(doc));
            g.setFont(ExportFonts.get().font(new io.opstimeline.core.render.FontSpec(8, true)));
            g.drawString("W", 1f, 6f);
            g.setFont(ExportFonts.get().font(new io.opstimeline.core.render.FontSpec(8, false)));
            g.drawString("W", 1f, 6f);
            g.dispose();
        }
    }

    private static IPdfBoxGraphics2DFontTextDrawer textDrawer(PDDocument doc) {
        ExportFonts fonts = ExportFonts.get();
        if (!fonts.embeddable()) {
            return new PdfBoxGraphics2DFontTextDrawerDefaultFonts();
        }
        return new PdfBoxGraphics2DFontTextDrawer() {
            private PDFont regular;
            private PDFont bold;

            @Override
            protected boolean hasDynamicFontMapping() {
                return true;
            }

            @Override
            protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
                if (font.isBold() || font.getFontName().contains("Bold")) {
                    if (bold == null) {
                        bold = PDType0Font.load(doc, new java.io.ByteArrayInputStream(fonts.pdfBytes(true)), true);
                    }
                    return bold;
                }
                if (regular == null) {
                    regular = PDType0Font.load(doc, new java.io.ByteArrayInputStream(fonts.pdfBytes(false)), true);
                }
                return regular;
            }
        };
    }
}
