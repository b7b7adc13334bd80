package io.opstimeline.export;

import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingPage;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.AtomicFiles;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

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
            List<BriefingPage> plan;
            java.awt.image.BufferedImage scratch =
                    new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D measure = scratch.createGraphics();
            try {
                plan = painter.plan(new AwtSurface(measure, ExportFonts.get()), size.width(), size.height(), b);
            } finally {
                measure.dispose();
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            for (int page = 0; page < plan.size(); page++) {
                PDPage pdPage = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
                doc.addPage(pdPage);
                PdfBoxGraphics2D g = new PdfBoxGraphics2D(doc, (float) size.width(), (float) size.height());
                g.setFontTextDrawer(text);
                AwtSurface surface = new AwtSurface(g, ExportFonts.get(), RightToLeftText::visual);
                try {
                    painter.paint(surface, size.width(), size.height(), b, plan, page);
                } finally {
                    g.dispose();
                }
                surface.failOnMissingGlyphs();
                try (PDPageContentStream cs = new PDPageContentStream(doc, pdPage)) {
                    cs.drawForm(g.getXFormObject());
                }
                // One bookmark per page, so a reader jumps to a view, its lane pages or its events table.
                PDOutlineItem mark = new PDOutlineItem();
                mark.setTitle((page + 1) + ". " + BriefingPainter.pageTitle(b, plan.get(page)));
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(pdPage);
                mark.setDestination(dest);
                outline.addLast(mark);
            }
            doc.getDocumentCatalog().setDocumentOutline(outline);
            doc.getDocumentCatalog().setPageMode(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(b.title());
            info.setSubject(b.classification().text());
            info.setAuthor(System.getProperty("user.name", "Ops Timeline"));
            info.setCreator("Ops Timeline");
            info.setProducer("Ops Timeline briefing export (Apache PDFBox)");
            info.setKeywords(String.join("; ", keywords(b)));
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(b.options().exportedAt().toEpochMilli());
            info.setCreationDate(created);
            // core.io.AtomicFiles: a failed export never leaves half a file or replaces the last good one
            AtomicFiles.write(out, doc::save);
        }
    }

    /** The marking first, then the data file and the views: what an indexer or a reader searches by. */
    static List<String> keywords(Briefing b) {
        List<String> out = new java.util.ArrayList<>();
        out.add(b.classification().text());
        out.add(b.dataset().fingerprint().fileName());
        out.add(b.dataset().title());
        b.pages().stream()
                .map(io.opstimeline.core.export.BriefingView::name)
                .filter(java.util.Objects::nonNull)
                .forEach(out::add);
        return out;
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

            /**
             * The library draws any right-to-left character as glyph outlines (unsearchable text);
             * ours arrives already joined and in visual order (RightToLeftText), so it is drawn as
             * text whenever the font has every glyph.
             */
            @Override
            public boolean canDrawText(AttributedCharacterIterator it, IFontTextDrawerEnv env)
                    throws IOException, FontFormatException {
                StringBuilder text = new StringBuilder();
                for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
                    text.append(c);
                }
                it.first();
                if (!RightToLeftText.hasRightToLeft(text)) {
                    return super.canDrawText(it, env);
                }
                Object font = it.getAttribute(TextAttribute.FONT);
                Font f = font instanceof Font given ? given : env.getFont();
                return f.canDisplayUpTo(text.toString()) < 0 && mapFont(f, env) != null;
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
