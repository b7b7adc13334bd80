package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Files.copy(Path.of("src/test/resources/datasets/small.json"), data);
        Files.writeString(dir.resolve("small.annotations.json"), "{\"annotations\":[{\"id\":\"n\",\"kind\":\"note\","
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

        int code = run("export", "--in", data.toString(), "--view", "Spring", "--view", "Meetings", "--format", "pdf",
                "--out", pdf.toString(), "--paper", "letter", "--portrait", "--title", "Pack", "--classification", "SECRET");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // a pack: each view's timeline page, then its events table (on by default for packs)
            assertThat(doc.getNumberOfPages()).isEqualTo(4);
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Pack").contains("Spring").contains("Meetings").contains("Fund agreed")
                    .contains("Page 4 of 4").contains("events table part 1 of 1");
        }
    }

    @Test
    void exportsADateRangeAsPng() throws Exception {
        Path png = dir.resolve("range.png");

        int code = run("export", "--in", dataWithSidecar().toString(), "--from", "2011-04-01", "--to", "2011-04-30",
                "--format", "png", "--width", "800", "--out", png.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isEqualTo(800);
    }

    @Test
    void anUnknownViewIsAClearErrorNamingTheViewsThereAre() throws Exception {
        int code = run("export", "--in", dataWithSidecar().toString(), "--view", "Autumn", "--format", "svg",
                "--out", dir.resolve("x.svg").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no saved view named \"Autumn\"").contains("Spring, Meetings");
        assertThat(dir.resolve("x.svg")).doesNotExist();
    }

    @Test
    void aBadDataFileGivesFileLineColumnAndNoOutput() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"ops-timeline/1\",\n  \"events\": [}");

        int code = run("export", "--in", bad.toString(), "--format", "pdf", "--out", dir.resolve("x.pdf").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("bad.json:2:");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void badOptionsAreRefusedWithAReason() throws Exception {
        assertThat(run("export", "--in", dataWithSidecar().toString(), "--format", "gif", "--out", "x.gif")).isEqualTo(2);
        assertThat(err.toString()).contains("use png, svg, pdf or pptx");
    }
}
