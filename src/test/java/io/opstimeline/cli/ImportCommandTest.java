package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path tmp;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = OpsTimelineCommand.run(args, new PrintWriter(o), new PrintWriter(e));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void seriesImportWritesADatasetThatValidates() throws Exception {
        Path csv = tmp.resolve("key-facts.csv");
        Files.writeString(
                csv,
                "\uFEFFDate,Sorties,Strike sorties,Approx,Source\n"
                        + "05/04/2011,\"1,719\",,,\"NATO key facts, 5 Apr\"\n13/04/2011,2000,800,yes,NATO\n",
                StandardCharsets.UTF_8);
        Path json = tmp.resolve("key-facts.json");

        int code = run(
                "import",
                csv.toString(),
                "--kind",
                "series",
                "--date-column",
                "Date",
                "--value-columns",
                "Sorties,Strike sorties",
                "--approx-column",
                "Approx",
                "--source-column",
                "Source",
                "--decimal-mark",
                ".",
                "-o",
                json.toString());

        assertThat(code).as(err).isZero();
        assertThat(out).contains("Wrote " + json + ": 0 events, 2 series (4 points), 2 sources");
        assertThat(run("validate", json.toString())).isZero();
        Dataset d = new DatasetLoader().load(json);
        assertThat(d.series().get(1).points().get(0).value())
                .as("blank cell is a gap")
                .isNull();
        assertThat(d.series().get(0).points().get(1).date().display()).isEqualTo("13 Apr 2011");
    }

    @Test
    void eventsWithPlaceAndCoordinateColumnsAreOnTheMapOfTheFileWritten() throws Exception {
        Path csv = tmp.resolve("strikes.csv");
        Files.writeString(
                csv,
                "date,title,where,lat,lon,source\n"
                        + "2011-04-30,Strike,Tripoli,32.88722,13.19139,NATO\n2011-08-20,Uprising,Tripoli,,,NATO\n",
                StandardCharsets.UTF_8);
        Path json = tmp.resolve("strikes.json");

        int code = run(
                "import",
                csv.toString(),
                "--kind",
                "events",
                "--start-column",
                "date",
                "--title-column",
                "title",
                "--place-column",
                "where",
                "--lat-column",
                "lat",
                "--lon-column",
                "lon",
                "--source-column",
                "source",
                "-o",
                json.toString());

        assertThat(code).as(err).isZero();
        assertThat(out).contains("2 events", "1 places");
        Dataset d = new DatasetLoader().load(json);
        assertThat(d.places()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Tripoli");
            assertThat(p.sourceId()).as("the coordinates cite the row's source").isEqualTo("s1");
        });
        assertThat(d.events())
                .allSatisfy(e -> assertThat(e.placeIds())
                        .containsExactly(d.places().get(0).id()));
    }

    @Test
    void aNumberThatCouldBeEitherIsRefusedAndTheMessageNamesTheFlag() throws Exception {
        Path csv = tmp.resolve("key-facts.csv");
        Files.writeString(csv, "Date,Sorties\n05/04/2011,\"1,719\"\n13/04/2011,2000\n", StandardCharsets.UTF_8);

        int code = run(
                "import",
                csv.toString(),
                "--kind",
                "series",
                "--date-column",
                "Date",
                "--value-columns",
                "Sorties",
                "-o",
                tmp.resolve("key-facts.json").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err)
                .isEqualTo(csv + ":2:12: \"1,719\" could be 1719 (with a thousands separator) or 1.719 (with a "
                        + "decimal comma), and no number in the file settles which; give --decimal-mark (. or ,), or write the "
                        + "numbers without thousands separators\n");
        assertThat(run(
                        "import",
                        csv.toString(),
                        "--kind",
                        "series",
                        "--date-column",
                        "Day",
                        "--value-columns",
                        "Sorties",
                        "-o",
                        tmp.resolve("key-facts.json").toString()))
                .isEqualTo(1);
        assertThat(err).startsWith(csv + ":1:1: no column \"Day\" (--date-column); the header has");
    }

    @Test
    void everySettingAMessageMayNameIsAnOptionOfTheCommand() {
        picocli.CommandLine.Model.CommandSpec command = new picocli.CommandLine(new ImportCommand()).getCommandSpec();

        for (io.opstimeline.core.importer.csv.CsvImportSpec.Setting s :
                io.opstimeline.core.importer.csv.CsvImportSpec.Setting.values()) {
            assertThat(command.findOption(ImportCommand.flag(s))).as(s.name()).isNotNull();
        }
    }

    @Test
    void eventsImportReportsEveryBadCellAndWritesNothing() throws Exception {
        Path csv = tmp.resolve("events.csv");
        Files.writeString(
                csv, "start,end,title\n2011-03-19,2011-03-18,Strikes\n2011-02-31,,Talks\n", StandardCharsets.UTF_8);
        Path json = tmp.resolve("events.json");

        int code = run(
                "import",
                csv.toString(),
                "--kind",
                "events",
                "--start-column",
                "start",
                "--end-column",
                "end",
                "--title-column",
                "title",
                "-o",
                json.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.lines())
                .containsExactly(
                        csv + ":2:12: end 2011-03-18 is before start 2011-03-19",
                        csv + ":3:1: \"2011-02-31\" is not a real date: there is no 31 February that year");
        assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(json).doesNotExist();
    }

    @Test
    void badOptionsAreExplainedNotThrown() throws Exception {
        Path csv = tmp.resolve("x.csv");
        Files.writeString(csv, "date,v\n2011-01-01,1\n", StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        csv.toString(),
                        "--kind",
                        "pies",
                        "-o",
                        tmp.resolve("o.json").toString()))
                .isEqualTo(2);
        assertThat(err).contains("--kind must be events or series");
        assertThat(run(
                        "import",
                        csv.toString(),
                        "--kind",
                        "series",
                        "--date-column",
                        "date",
                        "--value-columns",
                        "v",
                        "--date-format",
                        "qq/pp",
                        "-o",
                        tmp.resolve("o.json").toString()))
                .isEqualTo(1);
        assertThat(err).startsWith(csv + ":1:1: date format \"qq/pp\" is not a valid pattern");
    }

    @Test
    void neverOverwritesTheInputAndSaysWhenTheFolderIsMissing() throws Exception {
        Path csv = tmp.resolve("x.csv");
        Files.writeString(csv, "date,v\n2011-01-01,1\n", StandardCharsets.UTF_8);

        assertThat(run(
                        "import",
                        csv.toString(),
                        "--kind",
                        "series",
                        "--date-column",
                        "date",
                        "--value-columns",
                        "v",
                        "-o",
                        csv.toString()))
                .isEqualTo(ExitCodes.OUTPUT_IS_INPUT);
        assertThat(Files.readString(csv)).startsWith("date,v");
        Path nowhere = tmp.resolve("no/such/folder/out.json");
        assertThat(run(
                        "import",
                        csv.toString(),
                        "--kind",
                        "series",
                        "--date-column",
                        "date",
                        "--value-columns",
                        "v",
                        "-o",
                        nowhere.toString()))
                .isEqualTo(ExitCodes.CANNOT_WRITE);
        assertThat(err)
                .isEqualTo("error: " + nowhere + ": cannot write: the folder " + nowhere.getParent()
                        + " does not exist; nothing was changed\n");
    }
}
