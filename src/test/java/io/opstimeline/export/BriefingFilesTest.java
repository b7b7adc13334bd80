package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.export.Split;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Files as other programs read them: PowerPoint's shapes and notes, PDF bookmarks and properties, PNG and SVG titles. */
class BriefingFilesTest {
    private static final Instant EXPORTED = Instant.parse("2026-12-06T15:30:00Z");
    private static Dataset dataset;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        dataset = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
    }

    private static Briefing briefing(String title, Split split) {
        return new Briefing(
                dataset,
                List.of(Annotation.onRecord("n1", "talks", "(U) Contact group agrees a fund", null)),
                new BriefingOptions(title, null, "NATO SECRET", true, true, EXPORTED)
                        .withPages(null, BriefingOptions.ChartMode.ON, split),
                List.of(new BriefingView(
                        "Spring",
                        new TimeWindow(
                                Instant.parse("2011-03-01T00:00:00Z").toEpochMilli(),
                                Instant.parse("2011-06-01T00:00:00Z").toEpochMilli()),
                        ViewFilter.NONE)));
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                out.add(t.getText());
            }
        }
        return out;
    }

    @Test
    void pptxHasOneSlidePerMonthWithEditableTextTheMarkingOnEachAndNotesFromTheAnnotations() throws Exception {
        Path out = dir.resolve("deck.pptx");
        new BriefingExporter()
                .export(
                        briefing("Morning brief", Split.MONTH),
                        new ExportSettings(ExportFormat.PPTX, Paper.WIDE, true, null, null),
                        out);

        try (InputStream in = Files.newInputStream(out);
                XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertThat(ppt.getPageSize().getWidth() / ppt.getPageSize().getHeight())
                    .isCloseTo(16.0 / 9, org.assertj.core.data.Offset.offset(0.01));
            List<XSLFSlide> slides = ppt.getSlides();
            assertThat(slides).as("March, April, May").hasSizeGreaterThanOrEqualTo(3);
            for (XSLFSlide slide : slides) {
                assertThat(texts(slide).stream().filter("NATO SECRET"::equals))
                        .as("banner top and bottom")
                        .hasSize(2);
                assertThat(slide.getShapes().size())
                        .as("native shapes, not a picture")
                        .isGreaterThan(20);
                assertThat(slide.getShapes())
                        .noneMatch(s -> s instanceof org.apache.poi.xslf.usermodel.XSLFPictureShape);
            }
            XSLFSlide april = slides.get(1);
            assertThat(texts(april)).contains("Ministers meet", "Spring \u2013 April 2011");
            String notes = april.getNotes().getTextParagraphs().toString();
            assertThat(notes).contains("(U) Contact group agrees a fund").contains("Ministers meet");
            assertThat(slides.get(0).getNotes().getTextParagraphs().toString()).doesNotContain("Contact group");
        }
    }

    @Test
    void pdfHasABookmarkPerPageAndSaysWhatItIsInItsProperties() throws Exception {
        Path out = dir.resolve("brief.pdf");
        new BriefingExporter()
                .export(
                        briefing("Morning brief", Split.MONTH),
                        new ExportSettings(ExportFormat.PDF, Paper.A4, true, null, null),
                        out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(item.getTitle());
            }
            assertThat(marks).hasSize(pdf.getNumberOfPages());
            assertThat(marks.get(0)).isEqualTo("1. Spring \u2013 March 2011: timeline");
            var info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Morning brief");
            assertThat(info.getSubject()).isEqualTo("NATO SECRET");
            assertThat(info.getKeywords())
                    .startsWith("NATO SECRET")
                    .contains("small.json")
                    .contains("Spring");
            assertThat(info.getProducer()).contains("Ops Timeline");
            assertThat(info.getAuthor()).isNotBlank();
        }
    }

    @Test
    void pngSaysItsDpiAndTitleAndSvgItsTitle() throws Exception {
        Path png = dir.resolve("brief.png");
        new BriefingExporter()
                .export(
                        briefing("Morning brief", Split.NONE),
                        new ExportSettings(ExportFormat.PNG, Paper.A4, true, null, 150),
                        png);

        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata meta = reader.getImageMetadata(0);
            Node root = meta.getAsTree("javax_imageio_png_1.0");
            String tree = dump(root);
            assertThat(tree)
                    .contains("pHYs pixelsPerUnitXAxis=5906")
                    .contains("unitSpecifier=meter")
                    .contains("keyword=Title")
                    .contains("text=Morning brief \u2013 Spring: timeline")
                    .contains("text=Marking: NATO SECRET");
        }
        Path svg = dir.resolve("brief.svg");
        new BriefingExporter()
                .export(
                        briefing("Morning brief", Split.NONE),
                        new ExportSettings(ExportFormat.SVG, Paper.A4, true, null, null),
                        svg);
        assertThat(Files.readString(svg, StandardCharsets.UTF_8))
                .contains("<title>Morning brief \u2013 Spring: timeline</title>")
                .contains("<desc>Marking: NATO SECRET</desc>");
    }

    @Test
    void textTheFontCannotDrawStopsTheExportNamingTheCharacters() {
        Briefing cjk = briefing("\u4f5c\u6226\u6982\u8981 briefing", Split.NONE);

        for (ExportFormat f : ExportFormat.values()) {
            Path out = dir.resolve("cjk." + f.extension());
            assertThatThrownBy(() ->
                            new BriefingExporter().export(cjk, new ExportSettings(f, Paper.A4, true, 400, null), out))
                    .as(f.name())
                    .isInstanceOf(MissingGlyphsException.class)
                    .hasMessageContaining("U+4F5C")
                    .hasMessageContaining("\u4f5c\u6226\u6982\u8981 briefing");
            assertThat(out).doesNotExist();
        }
    }

    private static String dump(Node n) {
        StringBuilder b = new StringBuilder(n.getNodeName());
        if (n.getAttributes() != null) {
            for (int i = 0; i < n.getAttributes().getLength(); i++) {
                Node a = n.getAttributes().item(i);
                b.append(' ').append(a.getNodeName()).append('=').append(a.getNodeValue());
            }
        }
        b.append('\n');
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            b.append(dump(c));
        }
        return b.toString();
    }
}
