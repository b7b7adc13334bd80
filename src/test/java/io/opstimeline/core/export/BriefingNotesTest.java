package io.opstimeline.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Annotations as a reader of a pack follows them: one number per note through the whole pack, the
 * same number in the events table's row of the noted record, notes printed whole (wrapped), and
 * "information as of" never later than the page's window.
 */
class BriefingNotesTest {
    private static final Instant EXPORTED = Instant.parse("2026-12-06T15:30:00Z");
    private static Dataset sample;

    @BeforeAll
    static void load() throws Exception {
        sample = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
    }

    private static TimeWindow window(String from, String to) {
        return new TimeWindow(
                Instant.parse(from + "T00:00:00Z").toEpochMilli(),
                Instant.parse(to + "T00:00:00Z").toEpochMilli());
    }

    private static Briefing pack(List<Annotation> notes) {
        return new Briefing(
                sample,
                notes,
                new BriefingOptions(null, null, null, true, true, EXPORTED)
                        .withPages(true, BriefingOptions.ChartMode.OFF, Split.NONE),
                List.of(
                        new BriefingView("March", window("2011-03-01", "2011-04-01"), ViewFilter.NONE),
                        new BriefingView("April", window("2011-04-01", "2011-05-01"), ViewFilter.NONE)));
    }

    private static List<BriefingPage.Timeline> timelines(List<BriefingPage> plan) {
        return plan.stream()
                .filter(p -> p instanceof BriefingPage.Timeline)
                .map(p -> (BriefingPage.Timeline) p)
                .toList();
    }

    /** The callout numbers printed on a page (bold small type inside the callouts box). */
    private static List<String> calloutNumbers(Briefing b, List<BriefingPage> plan, int page) {
        RecordingSurface s = new RecordingSurface();
        PageLayout layout = new BriefingPainter().paint(s, 842, 595, b, plan, page);
        PageLayout.Box box = layout.callouts();
        List<String> out = new ArrayList<>();
        for (RecordingSurface.Text t : s.texts) {
            if (t.font().equals(BriefingPainter.SMALL_BOLD) && t.y() >= box.y() && t.y() <= box.bottom() + 1) {
                out.add(t.text());
            }
        }
        return out;
    }

    @Test
    void annotationNumbersRunOnThroughThePackAndANoteOnTwoPagesKeepsItsNumber() {
        Annotation marchNote =
                Annotation.marker("m1", Instant.parse("2011-03-19T00:00:00Z"), "Odyssey Dawn begins", null);
        Annotation marchNote2 =
                Annotation.marker("m2", Instant.parse("2011-03-31T00:00:00Z"), "NATO takes command", null);
        Annotation spanning = Annotation.interval(
                "i",
                Instant.parse("2011-03-25T00:00:00Z"),
                Instant.parse("2011-04-10T00:00:00Z"),
                "Handover period",
                null);
        Annotation aprilNote = Annotation.marker("a1", Instant.parse("2011-04-20T00:00:00Z"), "April note", null);
        Briefing b = pack(List.of(marchNote, marchNote2, spanning, aprilNote));
        List<BriefingPage> plan = new BriefingPainter().plan(new RecordingSurface(), 842, 595, b);

        List<BriefingPage.Timeline> pages = timelines(plan);
        assertThat(pages).hasSize(2);
        Map<String, Integer> march = pages.get(0).noteNumbers();
        Map<String, Integer> april = pages.get(1).noteNumbers();
        assertThat(march).containsOnlyKeys("m1", "m2", "i");
        assertThat(april).containsEntry("i", march.get("i")).containsEntry("a1", 4);
        int aprilPage = plan.indexOf(pages.get(1));
        assertThat(calloutNumbers(b, plan, aprilPage)).containsExactlyInAnyOrder(String.valueOf(march.get("i")), "4");
    }

    @Test
    void theEventsTableRowOfANotedRecordCarriesTheNumberItsBadgeShows() {
        String aprilRecord = sample.events().stream()
                .filter(e -> e.start().instant().isAfter(Instant.parse("2011-04-05T00:00:00Z"))
                        && e.start().instant().isBefore(Instant.parse("2011-04-25T00:00:00Z")))
                .findFirst()
                .orElseThrow()
                .id();
        Briefing b = pack(List.of(
                Annotation.marker("m1", Instant.parse("2011-03-19T00:00:00Z"), "first", null),
                Annotation.marker("m2", Instant.parse("2011-03-31T00:00:00Z"), "second", null),
                Annotation.onRecord("r", aprilRecord, "Why this record matters", null)));
        List<BriefingPage> plan = new BriefingPainter().plan(new RecordingSurface(), 842, 595, b);

        int badge = timelines(plan).get(1).noteNumbers().get("r");
        assertThat(badge).isEqualTo(3);
        BriefingPage.Row row = plan.stream()
                .filter(p -> p instanceof BriefingPage.Table)
                .flatMap(p -> ((BriefingPage.Table) p).rows().stream())
                .filter(r -> r.event().id().equals(aprilRecord))
                .findFirst()
                .orElseThrow();
        assertThat(row.notes()).containsExactly(3);
        assertThat(EventsTable.cells(sample, row)[7]).contains("note 3");
    }

    @Test
    void aLongNoteIsPrintedWholeWrappedToItsColumn() {
        String longNote = "The alliance's second week: "
                + "strikes continued against air defences and armour near ".repeat(5) + "Ajdabiya; FINALWORD";
        Briefing b = new Briefing(
                sample,
                List.of(Annotation.marker("m", Instant.parse("2011-03-25T00:00:00Z"), longNote, null)),
                new BriefingOptions(null, null, null, true, true, EXPORTED),
                List.of(new BriefingView(null, window("2011-03-15", "2011-04-15"), ViewFilter.NONE)));
        RecordingSurface s = new RecordingSurface();
        PageLayout layout = new BriefingPainter().paint(s, 842, 595, b, 0);

        PageLayout.Box box = layout.callouts();
        List<RecordingSurface.Text> lines = s.texts.stream()
                .filter(t -> t.font().equals(BriefingPainter.SMALL) && t.y() >= box.y() && t.y() <= box.bottom() + 1)
                .toList();
        assertThat(lines).hasSizeGreaterThan(1);
        assertThat(String.join(
                        " ", lines.stream().map(RecordingSurface.Text::text).toList()))
                .isEqualTo(longNote.replaceAll("\\s+", " "));
        for (RecordingSurface.Text t : lines) {
            // RecordingSurface measures 0.6 em a character
            assertThat(t.x() + t.text().length() * t.font().size() * 0.6)
                    .as(t.text())
                    .isLessThanOrEqualTo(box.right() + 0.5);
        }
    }

    @Test
    void informationAsOfIsNeverLaterThanThePagesWindow() {
        // The siege of Misrata starts in March and runs to 12 May: a March page knows nothing of May.
        Briefing b = new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, EXPORTED),
                List.of(new BriefingView(null, window("2011-03-01", "2011-04-01"), ViewFilter.NONE)));
        RecordingSurface s = new RecordingSurface();
        new BriefingPainter().paint(s, 842, 595, b, 0);

        String asOf = s.strings().stream()
                .filter(t -> t.contains("Information as of"))
                .findFirst()
                .orElseThrow();
        assertThat(asOf).contains("Mar 2011").doesNotContain("May").doesNotContain("Apr");
    }
}
