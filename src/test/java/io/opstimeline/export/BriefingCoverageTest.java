package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The page set read back as a briefer's tools read it: the PDF's text holds every record of the window. */
class BriefingCoverageTest {
    private static Dataset sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        sample = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @ParameterizedTest
    @CsvSource({"kind, A4, true", "nation, A4, true", "nation, A4, false", "kind, LETTER, false"})
    void textExtractionFindsEveryRecordOfTheWholeCampaign(String lanes, Paper paper, boolean landscape)
            throws Exception {
        Briefing b = new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, Instant.parse("2026-12-06T15:30:00Z")),
                List.of(new BriefingView(null, BriefingView.wholeDataset(sample), ViewFilter.NONE, lanes)));
        Path out = dir.resolve("campaign.pdf");

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, paper, landscape, null, null), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = words(new PDFTextStripper().getText(pdf));
            List<String> missing = sample.events().stream()
                    .map(Event::title)
                    .map(BriefingCoverageTest::words)
                    .filter(t -> !text.contains(t))
                    .toList();
            assertThat(missing)
                    .as("records of the window not found in the text of %d pages", pdf.getNumberOfPages())
                    .isEmpty();
            if (SavedView.LANES_BY_NATION.equals(lanes)) {
                for (String nation : List.of("Sweden", "Qatar", "Jordan", "No nation")) {
                    assertThat(text).contains(nation);
                }
            }
        }
    }
}
