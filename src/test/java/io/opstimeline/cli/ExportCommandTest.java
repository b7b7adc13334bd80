package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpsTimelineCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private Path dataWithSidecar() throws Exception {
        Path data = dir.resolve("small.json");
        Files.copy(
                Path.of("src/test/resources/datasets/small.json"),
                data,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(
                dir.resolve("small.annotations.json"),
                "{\"annotations\":[{\"id\":\"n\",\"kind\":\"note\","
                        + "\"event\":\"talks\",\"text\":\"Fund agreed\"}],\"views\":["
                        + "{\"name\":\"Spring\",\"start\":\"2011-03-01T00:00:00Z\",\"end\":\"2011-06-01T00:00:00Z\"},"
                        + "{\"name\":\"Meetings\",\"start\":\"2011-03-01T00:00:00Z\",\"end\":\"2011-11-01T00:00:00Z\","
                        + "\"filter\":{\"kinds\":[\"meeting\"]}}]}");
        return data;
    }

    @Test
    void exportsSavedViewsAsAPdfPackWithTheSidecarFoundBesideTheData() throws Exception {
        Path data = dataWithSidecar();
        Path pdf = dir.resolve("pack.pdf");

        int code = run(
                "export",
                "--in",
                data.toString(),
                "--view",
                "Spring",
                "--view",
                "Meetings",
                "--format",
                "pdf",
                "--out",
                pdf.toString(),
                "--paper",
                "letter",
                "--portrait",
                "--title",
                "Pack",
                "--classification",
                "SECRET");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // a pack: each view's timeline page, then its events table (on by default for packs)
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Pack")
                    .contains("Spring")
                    .contains("Meetings")
                    .contains("Fund agreed")
                    .contains("Page 4 of 4")
                    .contains("events table part 1 of 1");
        }
    }

    @Test
    void exportsADateRangeAsPng() throws Exception {
        Path png = dir.resolve("range.png");

        int code = run(
                "export",
                "--in",
                dataWithSidecar().toString(),
                "--from",
                "2011-04-01",
                "--to",
                "2011-04-30",
                "--format",
                "png",
                "--width",
                "800",
                "--out",
                png.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void anUnknownViewIsAClearErrorNamingTheViewsThereAre() throws Exception {
        int code = run(
                "export",
                "--in",
                dataWithSidecar().toString(),
                "--view",
                "Autumn",
                "--format",
                "svg",
                "--out",
                dir.resolve("x.svg").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no saved view named \"Autumn\"").contains("Spring, Meetings");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aBadDataFileGivesFileLineColumnAndNoOutput() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"ops-timeline/1\",\n  \"events\": [}");

        int code = run(
                "export",
                "--in",
                bad.toString(),
                "--format",
                "pdf",
                "--out",
                dir.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.json:2:");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void badOptionsAreRefusedWithAReason() throws Exception {
        assertThat(run("export", "--in", dataWithSidecar().toString(), "--format", "gif", "--out", "x.gif"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("use png, svg, pdf or pptx");
        for (String[] bad : List.of(
                new String[] {"--lanes", "country"},
                new String[] {"--split", "fortnight"},
                new String[] {"--chart", "maybe"},
                new String[] {"--table", "yes"},
                new String[] {"--paper", "b5"},
                new String[] {"--theme", "solarized"})) {
            err.getBuffer().setLength(0);
            List<String> args = new ArrayList<>(List.of(
                    "export",
                    "--in",
                    dataWithSidecar().toString(),
                    "--format",
                    "pdf",
                    "--out",
                    dir.resolve("x.pdf").toString()));
            args.addAll(List.of(bad));
            assertThat(run(args.toArray(String[]::new)))
                    .as(String.join(" ", bad))
                    .isEqualTo(2);
            assertThat(err.toString()).as(String.join(" ", bad)).contains("use ");
        }
    }

    @Test
    void theMapOptionTakesOffOnOrPageAndRefusesAnythingElseBeforeWriting() throws Exception {
        for (String bad : List.of("yes", "panel", "")) {
            err.getBuffer().setLength(0);
            Path pdf = dir.resolve("bad-map.pdf");
            assertThat(run(
                            "export",
                            "--in",
                            "sample-data/oup-2011.json",
                            "--format",
                            "pdf",
                            "--out",
                            pdf.toString(),
                            "--map",
                            bad))
                    .as(bad)
                    .isEqualTo(2);
            assertThat(err.toString()).as(bad).contains("unknown map '" + bad + "': use off, on or page");
            assertThat(pdf).doesNotExist();
        }
        Path pdf = dir.resolve("map.pdf");
        assertThat(run(
                        "export",
                        "--in",
                        "sample-data/oup-2011.json",
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString(),
                        "--map",
                        "PAGE",
                        "--table",
                        "off",
                        "--chart",
                        "off"))
                .as(err.toString())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            String page2 = stripper.getText(doc);
            assertThat(page2)
                    .contains("(map)")
                    .contains("Natural Earth (public domain)")
                    .contains("Misrata");
        }
    }

    @Test
    void aMarkingOutsideTheGrammarIsRefusedUnlessGivenAColour() throws Exception {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run(
                        "export",
                        "--in",
                        dataWithSidecar().toString(),
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString(),
                        "--classification",
                        "EXERCISE ONLY"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("refused").contains("colour");
        assertThat(pdf).doesNotExist();

        assertThat(run(
                        "export",
                        "--in",
                        dataWithSidecar().toString(),
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString(),
                        "--classification",
                        "exercise only",
                        "--banner-colour",
                        "#ffd700"))
                .as(err.toString())
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("EXERCISE ONLY");
        }
    }

    @Test
    void aNamedAnnotationsFileThatIsMissingOrBrokenIsAnErrorWithWhereItBroke() throws Exception {
        Path data = dataWithSidecar();
        Path pdf = dir.resolve("x.pdf");
        assertThat(run(
                        "export",
                        "--in",
                        data.toString(),
                        "--annotations",
                        dir.resolve("nope.json").toString(),
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("nope.json").contains("no such annotations file");

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"annotations\": [\n  {\"id\": }\n]}");
        err.getBuffer().setLength(0);
        assertThat(run(
                        "export",
                        "--in",
                        data.toString(),
                        "--annotations",
                        broken.toString(),
                        "--format",
                        "pdf",
                        "--out",
                        pdf.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("broken.json:2:");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void findsTheNotesTheWorkbenchSavedForTheBundledSample() throws Exception {
        // The workbench keeps the bundled sample's notes in the user's folder; the CLI given the same data finds them.
        Path data = dir.resolve("copy").resolve("oup-2011.json");
        Files.createDirectories(data.getParent());
        Files.copy(Path.of("sample-data/oup-2011.json"), data);
        Path home = dir.resolve("home");
        String was = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        try {
            Path saved = home.resolve(".ops-timeline/annotations/oup-2011.annotations.json");
            Files.createDirectories(saved.getParent());
            Files.writeString(
                    saved,
                    "{\"annotations\":[],\"views\":[{\"name\":\"April\","
                            + "\"start\":\"2011-04-01T00:00:00Z\",\"end\":\"2011-05-01T00:00:00Z\",\"lanes\":\"nation\"}]}");
            Path pdf = dir.resolve("april.pdf");

            assertThat(run(
                            "export",
                            "--in",
                            data.toString(),
                            "--view",
                            "April",
                            "--format",
                            "pdf",
                            "--out",
                            pdf.toString()))
                    .as(err.toString())
                    .isZero();
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(new PDFTextStripper().getText(doc)).contains("April").contains("France");
            }
        } finally {
            System.setProperty("user.home", was);
        }
    }

    @Test
    void splitsByMonthWithLanesByNationIntoSlides() throws Exception {
        Path deck = dir.resolve("deck.pptx");

        int code = run(
                "export",
                "--in",
                dataWithSidecar().toString(),
                "--from",
                "2011-03-01",
                "--to",
                "2011-05-31",
                "--split",
                "month",
                "--lanes",
                "nation",
                "--chart",
                "page",
                "--paper",
                "16:9",
                "--format",
                "pptx",
                "--theme",
                "dark",
                "--out",
                deck.toString());

        assertThat(code).as(err.toString()).isZero();
        try (var in = Files.newInputStream(deck);
                var ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            List<String> text = new ArrayList<>();
            ppt.getSlides()
                    .forEach(sl -> sl.getShapes().forEach(sh -> {
                        if (sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape t) {
                            text.add(t.getText());
                        }
                    }));
            assertThat(text).contains("March 2011", "April 2011", "May 2011", "France", "Norway");
            assertThat(String.join("\n", text))
                    .contains("Page 1 of " + ppt.getSlides().size());
        }
    }

    @Test
    void theFormatFollowsTheOutputsExtensionAndFromAloneRunsToTheLastRecord() throws Exception {
        Path data = dataWithSidecar();
        Path pdf = dir.resolve("from-may.PDF");

        int code = run("export", "--in", data.toString(), "--from", "2011-05-01", "--out", pdf.toString());

        assertThat(code).as(err.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("1 May 2011");
        }
    }
}
