package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Classification;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every format is read back the way a user's tools would read it: text, XML, pixels. */
class BriefingExportTest {
    private static final Instant EXPORTED = Instant.parse("2026-11-25T09:30:00Z");
    private static Dataset dataset;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        dataset = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
    }

    private static Briefing briefing(String classification, BriefingView... pages) {
        List<Annotation> notes = List.of(
                Annotation.onRecord("n1", "talks", "Contact group agrees a fund", Rgb.parse("#d62728")),
                Annotation.marker("m1", Instant.parse("2011-03-31T00:00:00Z"), "NATO takes command", null));
        return new Briefing(
                dataset,
                notes,
                new BriefingOptions("Morning brief", "Week 14", classification, true, true, EXPORTED),
                List.of(pages));
    }

    private static BriefingView spring() {
        return new BriefingView(
                "Spring",
                new TimeWindow(
                        Instant.parse("2011-03-10T00:00:00Z").toEpochMilli(),
                        Instant.parse("2011-06-01T00:00:00Z").toEpochMilli()),
                ViewFilter.NONE);
    }

    private static BriefingView summer() {
        return new BriefingView(
                "Summer",
                new TimeWindow(
                        Instant.parse("2011-06-01T00:00:00Z").toEpochMilli(),
                        Instant.parse("2011-09-01T00:00:00Z").toEpochMilli()),
                ViewFilter.NONE);
    }

    @Test
    void pdfHasSearchableBannerOnEveryPageAndTitleSourcesAndFingerprint() throws Exception {
        Path out = dir.resolve("brief.pdf");
        new BriefingExporter()
                .export(
                        briefing("SECRET", spring(), summer()),
                        new ExportSettings(ExportFormat.PDF, Paper.A4, true, null, null),
                        out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
            PDFTextStripper text = new PDFTextStripper();
            for (int page = 1; page <= 2; page++) {
                text.setStartPage(page);
                text.setEndPage(page);
                String content = text.getText(pdf);
                assertThat(content.split("SECRET", -1))
                        .as("banner top and bottom of page " + page)
                        .hasSizeGreaterThanOrEqualTo(3);
                assertThat(content)
                        .contains("Morning brief")
                        .contains("Week 14")
                        .contains("All times UTC")
                        .contains(dataset.fingerprint().sha256())
                        .contains("small.json")
                        .contains("Page " + page + " of 2");
            }
            // lines stay lines: the page is vector paths and text, with no picture inside
            assertThat(images(pdf.getPage(0).getResources())).isZero();
            text.setStartPage(1);
            text.setEndPage(1);
            String first = text.getText(pdf);
            // the spring page shows the resolution (s1) and the talks (s2), so both sources are cited
            assertThat(first)
                    .contains("Resolution text")
                    .contains("Wire report")
                    .contains("Contact group agrees a fund");
        }
    }

    @Test
    void pdfTextIsFoundAsTypedWithoutLigatures() throws Exception {
        // The sample's SHA-256 contains "fff"; ligatures would turn it into glyphs search cannot find.
        Dataset sample = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        Path out = dir.resolve("sample.pdf");
        Briefing b = new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, "first fifty office flights", "SECRET", true, true, EXPORTED),
                List.of(new BriefingView(null, BriefingView.wholeDataset(sample), ViewFilter.NONE)));

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, Paper.A4, true, null, null), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // PDFBox's own extraction quietly unfolds ligatures; the glyphs' raw text shows them.
            StringBuilder raw = new StringBuilder();
            PDFTextStripper glyphs = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> raw.append(p.getUnicode()));
                    raw.append(' ');
                }
            };
            glyphs.getText(pdf);
            assertThat(raw.toString())
                    .contains(sample.fingerprint().sha256())
                    .contains("first fifty office flights")
                    .doesNotContainPattern("[\uFB00-\uFB06]");
        }
    }

    @Test
    void svgKeepsTextAsTextElements() throws Exception {
        Path out = dir.resolve("brief.svg");
        new BriefingExporter()
                .export(
                        briefing("CONFIDENTIAL", spring()),
                        new ExportSettings(ExportFormat.SVG, Paper.A3, false, null, null),
                        out);

        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document svg = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(out)));
        NodeList texts = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }
        assertThat(strings).contains("Spring", "Ministers meet", "Meeting");
        assertThat(strings)
                .as("a pack page is titled by its view, the briefing's title below")
                .contains("Morning brief \u2014 Week 14");
        assertThat(strings.stream().filter("CONFIDENTIAL"::equals)).hasSize(2);
        assertThat(svg.getDocumentElement().getAttribute("width")).startsWith("841");
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .contains(dataset.fingerprint().sha256());
    }

    @Test
    void pngHasTheAskedSizeAndTheBannerColourTopAndBottom() throws Exception {
        Path out = dir.resolve("brief.png");
        new BriefingExporter()
                .export(
                        briefing("TOP SECRET", spring()),
                        new ExportSettings(ExportFormat.PNG, Paper.A4, true, 1600, null),
                        out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(1600);
        assertThat(img.getHeight()).isEqualTo((int) Math.round(595.28 * 1600 / 841.89));
        Rgb orange = Classification.ORANGE;
        assertThat(pixel(img, 5, 2)).isEqualTo(orange);
        assertThat(pixel(img, img.getWidth() - 5, img.getHeight() - 3)).isEqualTo(orange);
        assertThat(pixel(img, img.getWidth() / 2, img.getHeight() / 2)).isNotEqualTo(orange);
    }

    @Test
    void pngAtADpiScalesThePaper() throws Exception {
        Path out = dir.resolve("brief.png");
        new BriefingExporter()
                .export(
                        briefing(null, spring()),
                        new ExportSettings(ExportFormat.PNG, Paper.LETTER, false, null, 72),
                        out);

        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(612);
        assertThat(img.getHeight()).isEqualTo(792);
        assertThat(pixel(img, 3, 3))
                .as("the dataset's own marking, UNCLASSIFIED")
                .isEqualTo(Classification.GREEN);
    }

    @Test
    void severalPagesToPngAreNumberedFiles() throws Exception {
        List<Path> files = new BriefingExporter()
                .export(
                        briefing("SECRET", spring(), summer()),
                        new ExportSettings(ExportFormat.PNG, Paper.A4, true, 400, null),
                        dir.resolve("pack.png"));

        assertThat(files).containsExactly(dir.resolve("pack-1.png"), dir.resolve("pack-2.png"));
        assertThat(pixel(ImageIO.read(files.get(1).toFile()), 2, 2)).isEqualTo(Classification.RED);
    }

    private static int images(org.apache.pdfbox.pdmodel.PDResources resources) throws java.io.IOException {
        int count = 0;
        for (org.apache.pdfbox.cos.COSName name : resources.getXObjectNames()) {
            org.apache.pdfbox.pdmodel.graphics.PDXObject x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                count++;
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) {
                org.apache.pdfbox.pdmodel.PDResources inner =
                        ((org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) x).getResources();
                count += inner == null ? 0 : images(inner);
            }
        }
        return count;
    }

    private static Rgb pixel(BufferedImage img, int x, int y) {
        int v = img.getRGB(x, y);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }
}
