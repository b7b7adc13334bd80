package io.opstimeline.core.importer.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.SeriesPoint;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CsvImporterTest {
    private static final CsvImportSpec SORTIES = CsvImportSpec.series("date", List.of("sorties", "strike sorties"));

    /**
     * Converts, and checks that the file written reads back as the very records the import built:
     * the import no longer passes through the loader, so this is what keeps the two in step.
     */
    static ImportResult convert(String csv, CsvImportSpec spec) throws DatasetLoadException {
        ImportResult r = new CsvImporter().importCsv("in.csv", csv.getBytes(StandardCharsets.UTF_8), spec);
        Dataset reloaded = new DatasetLoader().load("in.json", r.json());
        assertThat(reloaded.events()).isEqualTo(r.dataset().events());
        assertThat(reloaded.series()).isEqualTo(r.dataset().series());
        assertThat(reloaded.kinds()).isEqualTo(r.dataset().kinds());
        assertThat(reloaded.sources()).isEqualTo(r.dataset().sources());
        assertThat(reloaded.nations()).isEqualTo(r.dataset().nations());
        assertThat(reloaded.title()).isEqualTo(r.dataset().title());
        assertThat(reloaded.timeZone()).isEqualTo(r.dataset().timeZone());
        assertThat(reloaded.fingerprint()).isEqualTo(r.dataset().fingerprint());
        return r;
    }

    private static List<String> problems(String csv, CsvImportSpec spec) {
        try {
            convert(csv, spec);
        } catch (DatasetLoadException e) {
            return e.problems().stream().map(LoadProblem::format).collect(Collectors.toList());
        }
        throw new AssertionError("expected the import to fail");
    }

    @Test
    void blankCellsBecomeGapsNeverZero() throws Exception {
        ImportResult r = convert("date,sorties,strike sorties\n2011-04-05,1719,\n2011-04-06,,0\n", SORTIES);

        List<SeriesPoint> strikes = r.dataset().series().get(1).points();
        assertThat(strikes.get(0).value()).isNull();
        assertThat(strikes.get(1).value()).isEqualTo(0.0);
        assertThat(r.dataset().series().get(0).points().get(1).valueIfKnown()).isEmpty();
    }

    @Test
    void outputIsADatasetOurLoaderAccepts() throws Exception {
        ImportResult r = convert(
                "date,sorties,strike sorties,approx,src\n2011-04-05,\"26,500\",~800,yes,\"NATO, key facts\"\n",
                SORTIES.toBuilder()
                        .approxColumn("approx")
                        .sourceColumn("src")
                        .decimalMark('.')
                        .build());

        Dataset reloaded = new DatasetLoader().load("out.json", r.json());
        SeriesPoint p = reloaded.series().get(0).points().get(0);
        assertThat(p.value()).isEqualTo(26500.0);
        assertThat(p.approximate()).isTrue();
        assertThat(reloaded.source(p.sourceId()).orElseThrow().title()).isEqualTo("NATO, key facts");
        assertThat(reloaded.series().get(1).points().get(0).value()).isEqualTo(800.0);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws Exception {
        CsvImportSpec spec = CsvImportSpec.events("start", "title");
        ImportResult r = convert(
                "start,title\n2011-03-19,\"Strikes begin, \"\"Odyssey Dawn\"\"\nsecond line\"\n" + "2011-03-20,next\n",
                spec);

        assertThat(r.dataset().events())
                .extracting(Event::title)
                .containsExactly("Strikes begin, \"Odyssey Dawn\"\nsecond line", "next");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstColumnName() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "date,sorties,strike sorties\n2011-04-05,1,2\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);

        ImportResult r = new CsvImporter().importCsv("bom.csv", all, SORTIES);

        assertThat(r.dataset().seriesPointCount()).isEqualTo(2);
    }

    @Test
    void ambiguousDayMonthWithoutFormatWarnsAndReadsDayFirst() throws Exception {
        ImportResult r = convert("date,sorties,strike sorties\n03/04/2011,1,2\n", SORTIES);

        assertThat(r.warnings()).singleElement().satisfies(w -> {
            assertThat(w.format()).startsWith("in.csv:2:1: warning: \"03/04/2011\" could be 3 April or 4 March");
            assertThat(w.message()).contains("give the date format MM/dd/yyyy if months come first");
        });
        assertThat(r.dataset().series().get(0).points().get(0).date().display()).isEqualTo("3 Apr 2011");
    }

    @Test
    void anUnambiguousDateInTheFileSettlesTheOrder() throws Exception {
        ImportResult r = convert("date,sorties,strike sorties\n03/04/2011,1,2\n04/13/2011,3,4\n", SORTIES);

        assertThat(r.warnings()).isEmpty();
        assertThat(r.dataset().series().get(0).points())
                .extracting(p -> p.date().display())
                .containsExactly("4 Mar 2011", "13 Apr 2011");
    }

    @Test
    void explicitFormatIsUsedAndSilencesTheWarning() throws Exception {
        ImportResult r = convert("date,sorties,strike sorties\n03/04/2011,1,2\n", SORTIES.withDateFormat("MM/dd/yyyy"));

        assertThat(r.warnings()).isEmpty();
        assertThat(r.dataset().series().get(0).points().get(0).date().display()).isEqualTo("4 Mar 2011");
    }

    @Test
    void formatWithoutDayKeepsMonthPrecision() throws Exception {
        ImportResult r = convert("date,sorties,strike sorties\nApr 2011,1,2\n", SORTIES.withDateFormat("MMM yyyy"));

        assertThat(r.dataset().series().get(0).points().get(0).date().precision())
                .isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void mixedDateOrdersAreAnErrorAtTheCell() {
        assertThat(problems("date,sorties,strike sorties\n13/04/2011,1,2\n04/14/2011,3,4\n", SORTIES))
                .anySatisfy(p -> assertThat(p).startsWith("in.csv:3:1: ").contains("mixes two date orders"));
    }

    @Test
    void impossibleDatesAndWordsAreReportedAtTheirCell() {
        assertThat(problems("date,sorties,strike sorties\n31/02/2011,1,2\n2011-04-01,lots,-\n", SORTIES))
                .containsExactly(
                        "in.csv:2:1: \"31/02/2011\" is not a real date: there is no 31 February that year",
                        "in.csv:3:12: \"lots\" is not a number; leave the cell blank for a missing value (a gap), "
                                + "or write the number like 1719 or 26,500",
                        "in.csv:3:17: \"-\" is not a number; leave the cell blank for a missing value (a gap), "
                                + "or write the number like 1719 or 26,500");
    }

    @Test
    void aMissingColumnNamesTheColumnsThereAre() {
        assertThat(problems("day,sorties\n2011-04-01,1\n", SORTIES))
                .first()
                .asString()
                .startsWith("in.csv:1:1: no column \"date\" (the date column); the header has \"day\", \"sorties\"");
    }

    @Test
    void columnsMayBeGivenByNumber() throws Exception {
        ImportResult r = convert("when;how many\n2011-04-01;5\n", CsvImportSpec.series("1", List.of("2")));

        assertThat(r.dataset().series().get(0).points().get(0).value()).isEqualTo(5.0);
    }

    @Test
    void eventsEndBeforeStartAndMissingTitleAreErrors() {
        CsvImportSpec spec = CsvImportSpec.events("start", "title").toBuilder()
                .endColumn("end")
                .build();

        assertThat(problems("start,end,title\n2011-03-19,2011-03-18,a\n2011-03-20,,\n", spec))
                .containsExactly(
                        "in.csv:2:12: end 2011-03-18 is before start 2011-03-19",
                        "in.csv:3:13: no title; every event needs one");
    }

    @Test
    void eventsGetKindsNationsAndSources() throws Exception {
        CsvImportSpec spec = CsvImportSpec.events("start", "title").toBuilder()
                .sourceColumn("source")
                .kindColumn("kind")
                .nationColumn("nations")
                .build();
        ImportResult r = convert(
                "start,title,kind,nations,source\n19 Mar 2011,Strikes,Strike report,\"FRA; GBR\","
                        + "https://example.org/a\nMarch 2011,Talks,,,\n",
                spec);

        Event strikes = r.dataset().events().stream()
                .filter(e -> e.title().equals("Strikes"))
                .findFirst()
                .orElseThrow();
        assertThat(strikes.kind()).isEqualTo("strike-report");
        assertThat(strikes.nationIds()).containsExactly("FRA", "GBR");
        assertThat(r.dataset().source(strikes.sourceIds().get(0)).orElseThrow().browsableUrl())
                .isPresent();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("status \"member\""));
        assertThat(r.dataset().events().get(0).start().precision()).isEqualTo(DatePrecision.MONTH);
    }

    @Test
    void unclosedQuoteIsReportedWhereItOpens() {
        assertThat(problems("date,sorties,strike sorties\n2011-04-01,\"1,2\n2011-04-02,3,4\n", SORTIES))
                .containsExactly("in.csv:2:12: a quoted cell starts here and is never closed (a \" is missing)");
    }

    @Test
    void latin1BytesAreRefusedAtTheirPosition() {
        byte[] bytes = "start,title\n2011-03-19,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> new CsvImporter().importCsv("l1.csv", bytes, CsvImportSpec.events("start", "title")))
                .isInstanceOfSatisfying(
                        DatasetLoadException.class,
                        e -> assertThat(e.problems().get(0).format())
                                .startsWith("l1.csv:2:15: the file is not UTF-8 text (byte 0xE9"));
    }

    @Test
    void emptyFileAndHeaderOnlyFileAreHandled() throws Exception {
        assertThat(problems("", SORTIES))
                .containsExactly("in.csv:1:1: the file is empty; expected a header line naming the columns");
        assertThat(convert("date,sorties,strike sorties\n", SORTIES).dataset().seriesPointCount())
                .isZero();
    }

    @Test
    void anUnquotedThousandsSeparatorShiftsTheRowAndIsRefused() {
        assertThat(problems("date,sorties,strike sorties\n2011-04-05,1,719,800\n", SORTIES))
                .containsExactly(
                        "in.csv:2:18: this row has more cells than the header has columns (3); is a value with a \",\" "
                                + "in it missing its quotes (write \"1,719\" or 1719)?");
    }

    @Test
    void aDecimalCommaElsewhereInTheFileSettlesTheMark() throws Exception {
        ImportResult r =
                convert("sep=;\ndate;sorties;strike sorties\n2011-04-05;1,5;12\n2011-04-06;1.500;2\n", SORTIES);

        assertThat(r.dataset().series().get(0).points())
                .extracting(SeriesPoint::value)
                .containsExactly(1.5, 1500.0);
    }

    @Test
    void aDecimalPointElsewhereInTheFileSettlesTheMark() throws Exception {
        ImportResult r =
                convert("date\tsorties\tstrike sorties\n2011-04-05\t0.75\t\"1,500\"\n2011-04-06\t1.500\t2\n", SORTIES);

        assertThat(r.dataset().series().get(0).points())
                .extracting(SeriesPoint::value)
                .containsExactly(0.75, 1.5);
        assertThat(r.dataset().series().get(1).points().get(0).value()).isEqualTo(1500.0);
    }

    @Test
    void aNumberThatCouldBeEitherIsRefusedWhateverTheSeparatorOrEncoding() {
        String message = "in.csv:3:12: \"1.500\" could be 1500 (with a thousands separator) or 1.5 (with a decimal "
                + "point), and no number in the file settles which; give the decimal mark (. or ,), or write the "
                + "numbers without thousands separators";
        String tabs = "date\tsorties\tstrike sorties\n2011-04-05\t7\t\n2011-04-06\t1.500\t2\n";
        byte[] utf16 = ("\uFEFF" + tabs).getBytes(StandardCharsets.UTF_16LE);

        assertThat(problems(tabs, SORTIES)).containsExactly(message);
        assertThat(problems(tabs.replace('\t', ';'), SORTIES)).containsExactly(message);
        assertThat(problems(tabs.replace('\t', ',').replace("1.500", "\"1.500\""), SORTIES))
                .containsExactly(message);
        assertThatThrownBy(() -> new CsvImporter().importCsv("in.csv", utf16, SORTIES))
                .isInstanceOfSatisfying(
                        DatasetLoadException.class,
                        e -> assertThat(e.problems())
                                .extracting(LoadProblem::format)
                                .containsExactly(message));
    }

    @Test
    void aGivenDecimalMarkSettlesTheTwoWayNumbers() throws Exception {
        String csv = "date;sorties;strike sorties\n2011-04-05;1.500;2\n";

        assertThat(convert(csv, SORTIES.toBuilder().decimalMark(',').build())
                        .dataset()
                        .series()
                        .get(0)
                        .points()
                        .get(0)
                        .value())
                .isEqualTo(1500.0);
        assertThat(convert(csv, SORTIES.toBuilder().decimalMark('.').build())
                        .dataset()
                        .series()
                        .get(0)
                        .points()
                        .get(0)
                        .value())
                .isEqualTo(1.5);
    }

    @Test
    void aFileWrittenBothWaysIsRefusedAtTheSecondWay() {
        assertThat(problems("date;sorties;strike sorties\n2011-04-05;1,5;2\n2011-04-06;0.75;2\n", SORTIES))
                .containsExactly("in.csv:3:12: \"0.75\" has a decimal point but \"1,5\" (line 2) has a decimal comma; "
                        + "write the file's numbers one way, or give the decimal mark");
    }

    @Test
    void anEndAtACoarserPrecisionIsComparedByThePeriodItCovers() throws Exception {
        CsvImportSpec spec = CsvImportSpec.events("start", "title").toBuilder()
                .endColumn("end")
                .build();

        Event e = convert("start,end,title\n2011-03-19,2011,Operation\n", spec)
                .dataset()
                .events()
                .get(0);

        assertThat(e.end().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(problems("start,end,title\n2011-03-19,2010,Operation\n", spec))
                .containsExactly("in.csv:2:12: end 2010 is before start 2011-03-19");
    }

    @Test
    void aLocalTimeTheClocksSkipIsRefusedAtItsCell() {
        CsvImportSpec spec = CsvImportSpec.events("start", "title").toBuilder()
                .zone(ZoneId.of("Europe/Brussels"))
                .build();

        assertThat(problems("start,title\n2011-03-27 02:30,Strike\n", spec))
                .containsExactly(
                        "in.csv:2:1: \"2011-03-27 02:30\" does not exist in Europe/Brussels (the clocks went from 02:00 to "
                                + "03:00 that night); write the time with the offset meant, +01:00 or +02:00");
    }

    @Test
    void anOffsetBeyondEighteenHoursIsACellProblem() {
        assertThat(problems("start,title\n2011-03-19T10:00+19:00,Strike\n", CsvImportSpec.events("start", "title")))
                .containsExactly("in.csv:2:1: \"2011-03-19T10:00+19:00\" is not a real date: an offset must be "
                        + "between -18:00 and +18:00");
    }

    @Test
    void aTitleAboveTheHeaderAndTwoDigitYearsGetAHint() throws Exception {
        assertThat(problems("NATO key facts,,\n\ndate,sorties,strike sorties\n2011-04-01,1,2\n", SORTIES))
                .first()
                .asString()
                .contains("line 3 has a cell \"date\": is that the header?");
        assertThat(problems("date,sorties,strike sorties\n31-Mar-11,1,2\n", SORTIES))
                .singleElement()
                .asString()
                .isEqualTo("in.csv:2:1: \"31-Mar-11\" has a two-digit year; write the year in full or give "
                        + "the date format (e.g. dd-MMM-yy)");
        assertThat(convert("date,sorties,strike sorties\n31-Mar-11,1,2\n", SORTIES.withDateFormat("dd-MMM-yy"))
                        .dataset()
                        .series()
                        .get(0)
                        .points()
                        .get(0)
                        .date()
                        .display())
                .isEqualTo("31 Mar 2011");
    }

    @Test
    void aZeroMonthIsAnErrorNotACrash() {
        // Found by Jazzer: "00/05/2011" once counted as ambiguous and the warning asked for month 0.
        assertThat(problems("date,sorties,strike sorties\n00/05/2011,1,2\n", SORTIES))
                .singleElement()
                .asString()
                .startsWith("in.csv:2:1: \"00/05/2011\" is not a real date");
    }
}
