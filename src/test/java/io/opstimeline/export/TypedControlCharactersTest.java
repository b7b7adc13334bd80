package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.PrintableText;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tab typed into a note, a subtitle pasted with its line break: no font has glyphs for control
 * characters, and the export refused ("install a font covering U+0007") or logged a stack trace.
 */
class TypedControlCharactersTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void aTitleAndANoteWithTabsLineBreaksAndABellExportInEveryFormat(ExportFormat format) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Dataset d = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
        Briefing b = new Briefing(
                d,
                List.of(Annotation.onRecord(
                        "n1",
                        d.events().get(0).id(),
                        "first\tcolumn\u0007 and\r\na second line\u2028and a third",
                        null)),
                new BriefingOptions(
                        "Morning\tbrief\nday",
                        "pasted\r\nfrom a terminal",
                        "UNCLASSIFIED",
                        true,
                        true,
                        Instant.parse("2026-12-06T15:30:00Z")),
                List.of(new BriefingView(
                        null,
                        new TimeWindow(
                                Instant.parse("2011-03-01T00:00:00Z").toEpochMilli(),
                                Instant.parse("2011-06-01T00:00:00Z").toEpochMilli()),
                        ViewFilter.NONE)));
        Path out = dir.resolve("brief." + format.extension());

        new BriefingExporter().export(b, new ExportSettings(format, Paper.A4, true, null, null), out);

        assertThat(Files.size(out)).isPositive();
        if (format == ExportFormat.PDF) {
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                assertThat(new PDFTextStripper().getText(pdf))
                        .contains("Morning brief")
                        .contains("pasted from a terminal")
                        .contains("first column and");
            }
        }
    }

    @Test
    void breaksAndTabsBecomeSpacesOtherControlsAreLeftOutAndPlainTextIsTheSameString() {
        assertThat(PrintableText.oneLine("a\tb\nc\r\nd\re\u0085f\u2028g\u0007h\u009bi"))
                .isEqualTo("a b c d e f ghi");
        String plain = "Operation Unified Protector";
        assertThat(PrintableText.oneLine(plain)).isSameAs(plain);
    }
}
