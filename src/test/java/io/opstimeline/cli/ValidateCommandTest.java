package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return OpsTimelineCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void shouldPrintOneOkLineWithCountsForAGoodFile() {
        int code = run("validate", "src/test/resources/datasets/small.json");

        assertThat(code).isZero();
        assertThat(out.toString().strip())
                .isEqualTo(
                        "OK src/test/resources/datasets/small.json: 4 events, 2 nations, 1 series (3 points), 2 sources");
    }

    @Test
    void shouldPrintEveryProblemAndExitOneWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"ops-timeline/1\",\n\"title\":\"x\",\"events\":[{\"id\":\"a\"}]}");

        int code = run("validate", "src/test/resources/datasets/small.json", bad.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).startsWith("OK ");
        assertThat(err.toString().lines())
                .allMatch(l -> l.startsWith(bad + ":2:"))
                .anyMatch(l -> l.endsWith("missing required field \"kind\""));
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void shouldValidateTheBundledSampleCampaign() {
        int code = run("validate", "sample-data/oup-2011.json");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
    }

    @Test
    void theFeatureToursExerciseMarkingValidatesAndExportsWithoutAskingForAColour(@TempDir Path dir) {
        int valid = run("validate", "sample-data/feature-tour.json");
        int exported = run(
                "export",
                "--in",
                "sample-data/feature-tour.json",
                "--format",
                "svg",
                "--out",
                dir.resolve("tour.svg").toString());

        assertThat(err.toString()).isEmpty();
        assertThat(valid).isZero();
        assertThat(exported).isZero();
    }

    @Test
    void aMarkingExportWouldRefuseIsAWarningNamingTheFileAtValidate(@TempDir Path dir) throws Exception {
        Path own = dir.resolve("own-marking.json");
        Files.writeString(
                own,
                Files.readString(Path.of("src/test/resources/datasets/small.json"))
                        .replace("\"classification\": \"UNCLASSIFIED\"", "\"classification\": \"EXERCISE ONLY\""));

        int code = run("validate", own.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString())
                .startsWith(own + ": warning: Marking \"EXERCISE ONLY\" refused")
                .contains("--banner-colour");
    }

    @Test
    void aVisTimelineItemsFileTheAppOpensValidatesWithItsCounts() {
        int code = run("validate", "src/test/resources/bench/gen-1000.json");

        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString().strip())
                .isEqualTo(
                        "OK src/test/resources/bench/gen-1000.json: 1000 items in 8 lanes (a vis-timeline items file)");
    }
}
