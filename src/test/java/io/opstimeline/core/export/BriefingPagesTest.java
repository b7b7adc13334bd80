package io.opstimeline.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a briefer reads off the pages of the bundled campaign: every lane, every record, type that can be read. */
class BriefingPagesTest {
    private static final Instant EXPORTED = Instant.parse("2026-12-06T15:30:00Z");
    private static Dataset sample;

    @BeforeAll
    static void load() throws Exception {
        sample = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
    }

    private static Briefing whole(String lanes, Boolean table) {
        return new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, EXPORTED)
                        .withPages(table, BriefingOptions.ChartMode.ON, Split.NONE),
                List.of(new BriefingView(null, BriefingView.wholeDataset(sample), ViewFilter.NONE, lanes)));
    }

    /** The window from one instant ("2011-04-01T00:00:00Z") to another. */
    private static TimeWindow between(String from, String to) {
        return new TimeWindow(
                Instant.parse(from).toEpochMilli(), Instant.parse(to).toEpochMilli());
    }

    /** A briefing of one window with the default options: the page a briefer gets from a date range. */
    private static Briefing onePage(TimeWindow window) {
        return new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, EXPORTED),
                List.of(new BriefingView(null, window, ViewFilter.NONE)));
    }

    @Test
    void everyNationWithRecordsInTheWindowHasItsLaneOnAPage() {
        Briefing b = whole(SavedView.LANES_BY_NATION, null);
        List<BriefingPage> plan = new BriefingPainter().plan(new RecordingSurface(), 842, 595, b);

        Lanes lanes = Lanes.of(sample, Lanes.Mode.NATION);
        Set<String> busy = new HashSet<>();
        for (Event e : b.inWindow(b.pages().get(0))) {
            for (int l : lanes.lanesOf(e)) {
                busy.add(lanes.id(l));
            }
        }
        Set<String> onPages = new HashSet<>();
        plan.stream()
                .filter(p -> p instanceof BriefingPage.Timeline)
                .map(p -> ((BriefingPage.Timeline) p).laneIds())
                .forEach(onPages::addAll);
        assertThat(busy).hasSizeGreaterThan(15);
        assertThat(onPages).containsAll(busy);
        assertThat(plan.stream().filter(p -> p instanceof BriefingPage.Timeline))
                .hasSizeGreaterThan(1);
    }

    @ParameterizedTest
    @CsvSource({"kind", "nation"})
    void everyRecordOfTheWindowIsLabelledOrListedInTheEventsTable(String lanes) {
        Briefing b = whole(lanes, null);
        List<BriefingPage> plan = new BriefingPainter().plan(new RecordingSurface(), 842, 595, b);

        Set<String> listed = new HashSet<>();
        Set<String> unlabelled = new HashSet<>();
        plan.stream()
                .filter(p -> p instanceof BriefingPage.Table)
                .flatMap(p -> ((BriefingPage.Table) p).rows().stream())
                .forEach(r -> {
                    listed.add(r.event().id());
                    if (!r.labelled()) {
                        unlabelled.add(r.event().id());
                    }
                });
        assertThat(unlabelled)
                .as("the whole campaign does not fit as labels on A4")
                .isNotEmpty();
        assertThat(listed)
                .containsExactlyInAnyOrderElementsOf(
                        sample.events().stream().map(Event::id).toList());
    }

    @Test
    void theTableSaysWhichRecordsThePageLabelsWholeAndNoTitleRunsPastItsEdge() {
        // 15 Aug to 15 Sep 2011 with the map beside: the Battle of Sirte begins on the window's last
        // day; its title once ran into the page's edge ("Ba"), and is now printed before its bar
        TimeWindow window = between("2011-08-15T00:00:00Z", "2011-09-16T00:00:00Z");
        Briefing b = new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, EXPORTED)
                        .withPages(true, BriefingOptions.ChartMode.ON, Split.NONE)
                        .withMap(BriefingOptions.MapMode.ON),
                List.of(new BriefingView(null, window, ViewFilter.NONE)));
        RecordingSurface page = new RecordingSurface();
        BriefingPainter painter = new BriefingPainter();
        List<BriefingPage> plan = painter.plan(page, 842, 595, b);
        PageLayout layout = painter.paint(page, 842, 595, b, plan, 0);

        List<BriefingPage.Row> rows = plan.stream()
                .filter(p -> p instanceof BriefingPage.Table)
                .flatMap(p -> ((BriefingPage.Table) p).rows().stream())
                .toList();
        PageLayout.Box box = layout.timeline();
        List<String> inTheTimeline = page.texts.stream()
                .filter(t -> t.x() >= box.x() && t.x() < box.x() + box.w())
                .filter(t -> t.y() > box.y() && t.y() < box.y() + box.h())
                .map(RecordingSurface.Text::text)
                .toList();
        for (BriefingPage.Row r : rows) {
            assertThat(inTheTimeline.contains(r.event().title()))
                    .as(
                            "\"%s\" printed whole, as the table says (%s)",
                            r.event().title(), r.onTimeline())
                    .isEqualTo(r.labelled());
        }
        assertThat(rows)
                .anyMatch(r -> r.event().title().equals("Battle of Sirte") && r.labelled())
                .anyMatch(r -> r.onTimeline() == BriefingPage.OnTimeline.SHORTENED);

        // and no title runs past the timeline's right edge, to be cut there mid-word ("Ba")
        List<String> pastTheEdge = page.texts.stream()
                .filter(t -> t.x() >= box.x() && t.x() < box.x() + box.w())
                .filter(t -> t.y() > box.y() && t.y() < box.y() + box.h())
                .filter(t -> t.x() + t.text().length() * 0.6 * t.font().size() > box.x() + box.w() + 1)
                .map(RecordingSurface.Text::text)
                .toList();
        assertThat(pastTheEdge).isEmpty();
    }

    @Test
    void aRecordWhoseMarkLiesBeforeThePageIsLabelledFromThePagesLeftEdgeNotCutThere() {
        // "First day under NATO command" (31 March) is in April's window by its dates; its label used
        // to start after its unseen diamond and was cut by the lanes' edge to "rst day under NATO..."
        Briefing b = onePage(between("2011-04-01T00:00:00Z", "2011-05-01T00:00:00Z"));
        RecordingSurface page = new RecordingSurface();
        BriefingPainter painter = new BriefingPainter();

        PageLayout layout = painter.paint(page, 842, 595, b, painter.plan(page, 842, 595, b), 0);

        double timeLeft =
                layout.timeline().x() + io.opstimeline.core.render.TimelinePainter.GUTTER * layout.timelineScale();
        List<String> titles = sample.events().stream().map(Event::title).toList();
        List<String> cutAtTheLeft = page.texts.stream()
                .filter(t -> titles.stream()
                        .anyMatch(title -> title.equals(t.text())
                                || t.text().endsWith("\u2026")
                                        && title.startsWith(
                                                t.text().substring(0, t.text().length() - 1))))
                .filter(t -> t.x() < timeLeft - 0.5)
                .map(RecordingSurface.Text::text)
                .toList();
        assertThat(cutAtTheLeft).isEmpty();
        assertThat(page.strings()).anyMatch(t -> t.startsWith("First day under NATO command"));
    }

    @Test
    void aTitleOnAPaleBarOfUncertainDatesIsPrintedDarkNotWhite() {
        // "Rasmussen: 'pretty close to the very end'" (October 2011, dates uncertain) is labelled inside
        // its half-strength bar; white on it could not be read
        Briefing b = onePage(between("2011-10-01T00:00:00Z", "2011-11-01T00:00:00Z"));
        RecordingSurface page = new RecordingSurface();
        BriefingPainter painter = new BriefingPainter();

        painter.paint(page, 842, 595, b, painter.plan(page, 842, 595, b), 0);

        List<RecordingSurface.Text> rasmussen = page.texts.stream()
                .filter(t -> t.text().startsWith("Rasmussen: \u2018pretty")
                        || t.text().startsWith("Rasmussen: 'pretty"))
                .toList();
        assertThat(rasmussen)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.color().hex()).isNotEqualTo("#ffffff"));
    }

    @Test
    void aPageWhosePlacesAllLieBeyondTheBasemapShowsTheCampaignsTheatre() {
        // February 2011 holds one placed record, the Security Council's, in New York: beyond the cut
        TimeWindow february = between("2011-02-01T00:00:00Z", "2011-03-01T00:00:00Z");
        List<io.opstimeline.core.map.PlaceRecords> places =
                io.opstimeline.core.map.PlaceRecords.inWindow(sample, february, e -> true, false);

        io.opstimeline.core.map.GeoBounds region = MapPanel.region(sample, places);

        assertThat(places).isNotEmpty();
        assertThat(region.contains(15.1, 32.4)).as("Misrata in the view").isTrue();
        assertThat(region.contains(-74.0, 40.7))
                .as("New York, an arrow on the edge")
                .isFalse();
    }

    @Test
    void aPlaceBeyondTheMapsEdgeIsKeyedAsAnArrowNotByALetterNobodyCanFind() {
        TimeWindow all = BriefingView.wholeDataset(sample);
        List<io.opstimeline.core.map.PlaceRecords> places =
                io.opstimeline.core.map.PlaceRecords.inWindow(sample, all, e -> true, false);
        io.opstimeline.core.map.MapProjection view =
                io.opstimeline.core.map.MapProjection.fit(MapPanel.region(sample, places), 400, 300);
        io.opstimeline.core.map.MapPainter.Frame frame = new io.opstimeline.core.map.MapPainter()
                .paintFrame(
                        new RecordingSurface(),
                        view,
                        io.opstimeline.core.map.Basemap.bundled(),
                        io.opstimeline.core.map.MapStyle.of(io.opstimeline.core.render.Theme.LIGHT),
                        new io.opstimeline.core.map.MapPainter.Content(places, k -> null, java.util.Set.of(), true));

        List<MapPanel.KeyEntry> key = MapPanel.key(frame.markers(), sample.events(), view);

        assertThat(key).anySatisfy(e -> {
            assertThat(e.places()).contains("New York");
            assertThat(e.tag()).isEqualTo(MapPanel.BEYOND_TAG);
            assertThat(e.text()).contains("an arrow on the map's edge");
        });
        assertThat(key)
                .filteredOn(e -> !e.tag().equals(MapPanel.BEYOND_TAG))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.tag()).matches("[A-Z]+"));
    }

    @ParameterizedTest
    @CsvSource({"842, 595", "595, 842", "792, 612", "612, 792"})
    void typeIsAtLeastEightPointAndTheFooterSevenOnA4AndLetter(double width, double height) {
        List<Annotation> notes =
                List.of(Annotation.marker("m", Instant.parse("2011-03-31T00:00:00Z"), "NATO takes command", null));
        Briefing b = new Briefing(
                sample,
                notes,
                new BriefingOptions("Whole campaign", "sub", "SECRET", true, true, EXPORTED)
                        .withPages(true, BriefingOptions.ChartMode.ON, Split.NONE),
                List.of(new BriefingView(null, BriefingView.wholeDataset(sample), ViewFilter.NONE)));
        BriefingPainter painter = new BriefingPainter();
        List<BriefingPage> plan = painter.plan(new RecordingSurface(), width, height, b);
        for (int i = 0; i < plan.size(); i++) {
            RecordingSurface s = new RecordingSurface();
            PageLayout layout = painter.paint(s, width, height, b, plan, i);
            for (RecordingSurface.Text t : s.texts) {
                boolean footer =
                        t.y() > layout.footer().y() && t.y() <= layout.footer().bottom() + 1;
                assertThat(t.font().size())
                        .as("\"%s\" on page %d", t.text(), i + 1)
                        .isGreaterThanOrEqualTo(footer ? 7 : 8);
            }
        }
    }

    @Test
    void labelsEndInsideTheTimelineInsteadOfRunningOffItsEdge() {
        Briefing b = whole(SavedView.LANES_BY_KIND, false);
        BriefingPainter painter = new BriefingPainter();
        List<BriefingPage> plan = painter.plan(new RecordingSurface(), 842, 595, b);
        RecordingSurface s = new RecordingSurface();
        PageLayout layout = painter.paint(s, 842, 595, b, plan, 0);

        PageLayout.Box tl = layout.timeline();
        List<RecordingSurface.Text> inTimeline = s.texts.stream()
                .filter(t -> t.y() > tl.y() && t.y() < tl.bottom() && t.x() > tl.x() && t.x() < tl.right())
                .toList();
        assertThat(inTimeline).hasSizeGreaterThan(20);
        for (RecordingSurface.Text t : inTimeline) {
            double width = t.text().length() * t.font().size() * 0.6;
            assertThat(t.x() + width).as(t.text()).isLessThanOrEqualTo(tl.right() + 0.5);
        }
    }

    @Test
    void aWindowShorterThanADayLabelsItsRecords() {
        Briefing b = onePage(between("2011-03-19T12:00:00Z", "2011-03-19T23:00:00Z"));
        RecordingSurface s = new RecordingSurface();
        new BriefingPainter().paint(s, 842, 595, b, 0);

        assertThat(s.strings()).anyMatch(t -> t.startsWith("Paris summit"));
    }

    @Test
    void theTitleBlockGivesTheDtgTheLatestInformationAndTheFilter() {
        ViewFilter france = new ViewFilter(List.of(), List.of("FRA"), null, null);
        Briefing b = new Briefing(
                sample,
                List.of(Annotation.onRecord("n", hiddenByFilter(france), "note on a hidden record", null)),
                new BriefingOptions(null, null, null, true, true, EXPORTED),
                List.of(new BriefingView("France", BriefingView.wholeDataset(sample), france)));
        RecordingSurface s = new RecordingSurface();
        new BriefingPainter().paint(s, 842, 595, b, 0);

        String all = String.join("\n", s.strings());
        assertThat(all)
                .contains("DTG 061530ZDEC26")
                .contains("Information as of ")
                .contains("FILTERED: only records with nation France")
                .doesNotContain("note on a hidden record");
        assertThat(s.strings()).contains("France");
    }

    private static String hiddenByFilter(ViewFilter f) {
        return sample.events().stream()
                .filter(e -> !f.matches(sample, e))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
