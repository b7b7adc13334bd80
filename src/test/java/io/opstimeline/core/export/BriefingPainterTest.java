package io.opstimeline.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BriefingPainterTest {
    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        dataset = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
    }

    private static BriefingView window(String from, String to, ViewFilter filter) {
        return new BriefingView(
                null,
                new TimeWindow(
                        Instant.parse(from + "T00:00:00Z").toEpochMilli(),
                        Instant.parse(to + "T00:00:00Z").toEpochMilli()),
                filter);
    }

    private static RecordingSurface paint(BriefingView view, List<Annotation> notes, String marking) {
        RecordingSurface s = new RecordingSurface();
        Briefing b = new Briefing(
                dataset,
                notes,
                new BriefingOptions("Brief", null, marking, true, true, Instant.parse("2026-01-02T03:04:00Z")),
                List.of(view));
        PageLayout layout = new BriefingPainter().paint(s, 842, 595, b, 0);
        assertThat(layout.topBanner().y()).isZero();
        assertThat(layout.bottomBanner().bottom()).isEqualTo(595);
        assertThat(layout.timeline().y()).isGreaterThan(layout.titleBlock().bottom());
        assertThat(layout.footer().bottom())
                .isLessThanOrEqualTo(layout.bottomBanner().y());
        return s;
    }

    @Test
    void aViewSavedWithLanesByNationIsExportedWithThem() {
        BriefingView byKind = window("2011-03-01", "2011-09-30", ViewFilter.NONE);
        BriefingView byNation = new BriefingView(null, byKind.window(), ViewFilter.NONE, SavedView.LANES_BY_NATION);

        assertThat(paint(byKind, List.of(), null).strings())
                .contains("Decision")
                .doesNotContain("No nation");
        assertThat(paint(byNation, List.of(), null).strings()).contains("France", "Norway", "No nation");
    }

    @Test
    void aViewThatDimsTheOthersExportsThemFaintlyInsteadOfLeavingThemOut() {
        ViewFilter decisions = new ViewFilter(List.of("decision"), List.of(), null, null);
        ViewFilter dimmed =
                new ViewFilter(List.of("decision"), List.of(), null, null, io.opstimeline.core.filter.FilterMode.DIM);

        List<String> hidden = paint(window("2011-03-01", "2011-09-30", decisions), List.of(), null)
                .strings();
        List<String> dim = paint(window("2011-03-01", "2011-09-30", dimmed), List.of(), null)
                .strings();

        assertThat(hidden).contains("Resolution adopted").doesNotContain("Ministers meet", "City falls");
        assertThat(dim).contains("Resolution adopted", "Ministers meet", "City falls");
        // the footer cites the sources of the records the filter keeps, not of those drawn faintly
        assertThat(String.join("\n", dim)).doesNotContain("[B] Wire report");
    }

    @Test
    void footerCitesOnlyTheSourcesOfTheRecordsShown() {
        // June to September holds only "City falls", which cites the wire report (s2)
        RecordingSurface s = paint(window("2011-06-01", "2011-09-30", ViewFilter.NONE), List.of(), null);

        String all = String.join("\n", s.strings());
        assertThat(all).contains("[B] Wire report").doesNotContain("Resolution text");
        assertThat(all)
                .contains("SHA-256: " + dataset.fingerprint().sha256())
                .contains("Exported 2 Jan 2026 03:04 UTC");
    }

    @Test
    void aFilterHidesRecordsAndTheirSources() {
        RecordingSurface s = paint(
                window("2011-03-01", "2011-09-30", new ViewFilter(List.of("meeting"), null, null, null)),
                List.of(),
                null);

        assertThat(s.strings()).contains("Ministers meet").doesNotContain("Resolution adopted");
        assertThat(String.join("\n", s.strings())).doesNotContain("Resolution text");
    }

    @Test
    void bannersAreColouredByLevelAndStateTheMarkingTopAndBottom() {
        RecordingSurface s =
                paint(window("2011-03-01", "2011-09-30", ViewFilter.NONE), List.of(), "Secret // Rel NATO");

        assertThat(s.strings().stream().filter("SECRET//REL NATO"::equals))
                .as("printed as parsed")
                .hasSize(2);
        assertThat(s.fills)
                .filteredOn(f -> f.y() == 0 && f.w() == 842)
                .extracting(RecordingSurface.Fill::color)
                .contains(Classification.RED);
        assertThat(s.fills)
                .filteredOn(f -> f.y() == 595 - PageLayout.BANNER)
                .extracting(RecordingSurface.Fill::color)
                .contains(Classification.RED);
    }

    @Test
    void calloutsAreNumberedInTimeOrderAndNameTheirRecord() {
        List<Annotation> notes = List.of(
                Annotation.atInstant("late", Instant.parse("2011-08-01T00:00:00Z"), "Late note", null),
                Annotation.onRecord("rec", "res", "On the resolution", null),
                Annotation.marker("off", Instant.parse("2012-05-01T00:00:00Z"), "Outside the window", null));

        RecordingSurface s = paint(window("2011-03-01", "2011-09-30", ViewFilter.NONE), notes, null);

        List<String> strings = s.strings();
        int first = strings.indexOf("On the resolution [Resolution adopted]");
        int second = strings.indexOf("Late note");
        assertThat(first).isPositive();
        assertThat(strings.get(first - 1)).isEqualTo("1");
        assertThat(strings.get(second - 1)).isEqualTo("2");
        assertThat(strings).doesNotContain("Outside the window");
    }

    @Test
    void statesTheTimeZoneWithItsOffset() {
        assertThat(BriefingPainter.zoneText(
                        java.time.ZoneId.of("Europe/Brussels"), Instant.parse("2011-04-14T00:00:00Z")))
                .isEqualTo("Europe/Brussels (UTC+02:00)");
        assertThat(BriefingPainter.zoneText(java.time.ZoneId.of("UTC"), Instant.EPOCH))
                .isEqualTo("UTC");
    }
}
