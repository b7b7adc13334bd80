package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arabic in a PDF joined as a reader writes it, and in reading order, though PDFBox does no shaping. */
class RightToLeftTextTest {
    @TempDir
    Path dir;

    @Test
    void lettersTakeTheirJoinedFormsAndTheRunReadsRightToLeft() {
        // ليبيا (Libya): lam initial, yeh medial, beh medial, yeh medial, alef final; drawn from the left: backwards
        assertThat(RightToLeftText.shape("\u0644\u064A\u0628\u064A\u0627")).isEqualTo("\uFEDF\uFEF4\uFE92\uFEF4\uFE8E");
        assertThat(RightToLeftText.visual("\u0644\u064A\u0628\u064A\u0627"))
                .isEqualTo("\uFE8E\uFEF4\uFE92\uFEF4\uFEDF");
        // طرابلس (Tripoli): reh and alef join only to the letter before them, so beh starts a new join
        assertThat(RightToLeftText.shape("\u0637\u0631\u0627\u0628\u0644\u0633"))
                .isEqualTo("\uFEC3\uFEAE\uFE8D\uFE91\uFEE0\uFEB2");
        // السلام: lam then alef is one ligature (final here, after seen)
        assertThat(RightToLeftText.shape("\u0627\u0644\u0633\u0644\u0627\u0645"))
                .isEqualTo("\uFE8D\uFEDF\uFEB4\uFEFC\uFEE1");
    }

    @Test
    void latinTextIsLeftAloneAndMixedTextKeepsItsLatinRunsInOrder() {
        assertThat(RightToLeftText.visual("Operation Unified Protector (2011)"))
                .isEqualTo("Operation Unified Protector (2011)");
        assertThat(RightToLeftText.visual("NATO \u0644\u064A\u0628\u064A\u0627 2011"))
                .as("digits after Arabic letters belong to the right-to-left run (Unicode bidi rule W2)")
                .isEqualTo("NATO 2011 \uFE8E\uFEF4\uFE92\uFEF4\uFEDF");
    }

    @Test
    void aPdfWithAnArabicTitleDrawsTheJoinedFormsInVisualOrder() throws Exception {
        Dataset d = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
        String title =
                "\u0639\u0645\u0644\u064A\u0629 \u0627\u0644\u062D\u0645\u0627\u064A\u0629 \u0627\u0644\u0645\u0648\u062D\u062F\u0629"
                        + " \u2013 \u0644\u064A\u0628\u064A\u0627";
        Briefing b = new Briefing(
                d,
                List.of(),
                new BriefingOptions(title, null, null, true, true, Instant.parse("2026-12-06T15:30:00Z")),
                List.of(new BriefingView(null, BriefingView.wholeDataset(d), ViewFilter.NONE)));
        Path out = dir.resolve("arabic.pdf");
        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, Paper.A4, true, null, null), out);

        StringBuilder drawn = new StringBuilder();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    drawn.append(text.getUnicode());
                }
            };
            glyphs.getText(pdf);
        }
        // ليبيا as drawn from the left: alef final, yeh medial, beh medial, yeh medial, lam initial
        assertThat(drawn.toString()).contains("\uFE8E\uFEF4\uFE92\uFEF4\uFEDF");
        assertThat(drawn.toString()).as("no Arabic letter drawn unjoined").doesNotContain("\u0644\u064A");
    }
}
