package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetLoaderTest {
    private final DatasetLoader loader = new DatasetLoader();

    private static final String HEAD = "{\"format\":\"ops-timeline/1\",\"title\":\"t\",\n";

    private List<LoadProblem> problems(String json) {
        try {
            loader.load("test.json", json.getBytes(StandardCharsets.UTF_8));
        } catch (DatasetLoadException e) {
            return e.problems();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    @Test
    void shouldCompareAnEndAtACoarserPrecisionByThePeriodItCovers() throws Exception {
        String json = HEAD + "\"events\": [{\"id\": \"a\", \"kind\": \"k\", \"title\": \"A\", "
                + "\"start\": \"2011-03-19\", \"end\": \"2011\"}]}";

        Event e = loader.load("test.json", json.getBytes(StandardCharsets.UTF_8))
                .events()
                .get(0);

        assertThat(e.coverEnd()).hasToString("2012-01-01T00:00:00Z");
        assertThat(problems(json.replace("\"end\": \"2011\"", "\"end\": \"2011-02\"")))
                .extracting(LoadProblem::message)
                .containsExactly("events[0].end: end Feb 2011 is before start 19 Mar 2011");
    }

    @Test
    void shouldLoadAGoodFileWithEveryPart() throws Exception {
        Dataset d = loader.load(Path.of("src/test/resources/datasets/small.json"));

        assertThat(d.title()).isEqualTo("Small test campaign");
        assertThat(d.events()).extracting(Event::id).containsExactly("res", "talks", "month", "fall");
        assertThat(d.nations()).hasSize(2);
        assertThat(d.series().get(0).points()).hasSize(3);
        assertThat(d.series().get(0).points().get(1).valueIfKnown()).isEmpty();
        assertThat(d.classification()).contains("UNCLASSIFIED");
        assertThat(d.fingerprint().sha256()).hasSize(64);
    }

    @Test
    void shouldKeepDatePrecisionAndUncertainty() throws Exception {
        Dataset d = loader.load(Path.of("src/test/resources/datasets/small.json"));
        Event month = d.event("month").orElseThrow();
        Event fall = d.event("fall").orElseThrow();

        assertThat(month.start().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.coverEnd().toString()).isEqualTo("2011-06-01T00:00:00Z");
        assertThat(fall.isUncertain()).isTrue();
        assertThat(fall.coverStart().toString()).isEqualTo("2011-08-20T00:00:00Z");
        assertThat(fall.coverEnd().toString()).isEqualTo("2011-08-24T00:00:00Z");
    }

    @Test
    void shouldGradeARecordAsReliabilityLetterAndCredibilityDigit() throws Exception {
        Dataset d = loader.load(Path.of("src/test/resources/datasets/small.json"));

        assertThat(d.grading(d.event("res").orElseThrow())).contains("A1");
        assertThat(d.grading(d.event("talks").orElseThrow())).contains("B2");
        assertThat(d.grading(d.event("fall").orElseThrow())).contains("B?");
    }

    @Test
    void shouldReportSyntaxErrorAtItsLineAndColumn() {
        List<LoadProblem> p = problems(HEAD + "\"events\": [ {\"id\": \"a\",, } ]}");

        assertThat(p).hasSize(1);
        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).column()).isEqualTo(24);
        assertThat(p.get(0).format()).isEqualTo("test.json:2:24: expected a field name in double quotes, found ','");
    }

    @Test
    void shouldNameMissingFieldAndWrongType() {
        List<LoadProblem> p = problems(HEAD + "\"events\": [\n {\"id\": \"a\", \"kind\": \"k\", \"start\": 2011}]}");

        assertThat(p)
                .extracting(LoadProblem::format)
                .containsExactly(
                        "test.json:3:2: events[0]: missing required field \"title\"",
                        "test.json:3:36: events[0].start: expected text, found a whole number");
    }

    @Test
    void shouldRejectUnknownFieldsSoTyposAreNotSilentlyDropped() {
        List<LoadProblem> p = problems(HEAD + "\"events\": [],\n \"evnets\": []}");

        assertThat(p)
                .extracting(LoadProblem::format)
                .containsExactly("test.json:3:12: top level: unknown field \"evnets\"");
    }

    @Test
    void shouldReportEveryReferenceAndDateProblemAtOnce() {
        String json = HEAD + "\"sources\": [{\"id\": \"s\", \"title\": \"S\"}],\n"
                + "\"events\": [\n"
                + "{\"id\": \"a\", \"kind\": \"k\", \"title\": \"A\", \"start\": \"2011-02-31\", \"sources\": [\"s\"]},\n"
                + "{\"id\": \"a\", \"kind\": \"k\", \"title\": \"B\", \"start\": \"2011-05-02\", \"end\": \"2011-05-01\", \"sources\": [\"x\"]},\n"
                + "{\"id\": \"c\", \"kind\": \"k\", \"title\": \"C\", \"start\": \"0000\", \"nations\": [\"FRA\"]}\n"
                + "]}";

        List<String> lines = problems(json).stream().map(LoadProblem::format).toList();

        assertThat(lines)
                .containsExactly(
                        "test.json:4:49: events[0].start: \"2011-02-31\" is not a real date: there is no 31 February that year",
                        "test.json:5:8: events[1].id: duplicate event id \"a\" (first defined at line 4)",
                        "test.json:5:70: events[1].end: end 1 May 2011 is before start 2 May 2011",
                        "test.json:5:96: events[1].sources[0]: unknown source \"x\"; it is not in \"sources\"",
                        "test.json:6:49: events[2].start: \"0000\" is not a real date: year 0000 does not exist; years run from 0001",
                        "test.json:6:69: events[2].nations[0]: unknown nation \"FRA\"; it is not in \"nations\"");
    }

    @Test
    void shouldRefuseEmptyFilesArraysAndTrailingContent() {
        assertThat(problems(""))
                .extracting(LoadProblem::message)
                .containsExactly("the file is empty; expected a JSON object");
        assertThat(problems("[1,2]").get(0).message())
                .contains("expected a JSON object")
                .contains("found an array");
        assertThat(problems(HEAD + "\"events\": []} {}").get(0).message()).contains("after the end");
    }

    @Test
    void shouldStopDeepNestingWithAClearMessage() {
        String deep = "[".repeat(10_000);

        assertThat(problems(deep).get(0).message()).contains("nesting deeper than 64 levels");
    }

    @Test
    void shouldRejectDuplicateKeysInOneObject() {
        List<LoadProblem> p =
                problems("{\"format\":\"ops-timeline/1\",\"title\":\"a\",\n\"title\":\"b\",\"events\":[]}");

        assertThat(p.get(0).line()).isEqualTo(2);
        assertThat(p.get(0).message()).isEqualTo("the field \"title\" appears twice in the same object; keep one");
    }

    @Test
    void shouldReportAMissingFileWithoutAStackTrace() {
        assertThatThrownBy(() -> loader.load(Path.of("no/such/file.json")))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessage("no/such/file.json:1:1: no such file");
    }

    @Test
    void shouldRejectNumbersTooLargeToUse() {
        String json = HEAD + "\"sources\":[{\"id\":\"s\",\"title\":\"S\"}],\"events\":[],\n"
                + "\"series\":[{\"id\":\"x\",\"name\":\"X\",\"points\":[{\"date\":\"2011\",\"value\":1e400}]}]}";

        assertThat(problems(json).get(0).format())
                .isEqualTo("test.json:3:65: series[0].points[0].value: 1E+400 is too large to be a number we can use");
    }
}
