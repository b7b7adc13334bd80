package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reader of the map sees: basemap, its labels and credit, and records counted at their places. */
class MapPainterTest {
    private static final String FILE = "{\"format\":\"ops-timeline/1\",\"title\":\"t\",\n"
            + "\"sources\": [{\"id\": \"gaz\", \"title\": \"A gazetteer\"}],\n"
            + "\"places\": [\n"
            + "{\"id\": \"brega\", \"name\": \"Brega\", \"latitude\": 30.435, \"longitude\": 19.667, \"kind\": \"town\", \"source\": \"gaz\"},\n"
            + "{\"id\": \"ajdabiya\", \"name\": \"Ajdabiya\", \"latitude\": 30.756, \"longitude\": 20.225, \"kind\": \"town\", \"source\": \"gaz\"},\n"
            + "{\"id\": \"tripoli\", \"name\": \"Tripoli\", \"latitude\": 32.887, \"longitude\": 13.191, \"kind\": \"city\", \"source\": \"gaz\"}],\n"
            + "\"events\": [\n"
            + "{\"id\": \"b1\", \"kind\": \"battle\", \"title\": \"b1\", \"start\": \"2011-03-13\", \"places\": [\"brega\"]},\n"
            + "{\"id\": \"b2\", \"kind\": \"battle\", \"title\": \"b2\", \"start\": \"2011-04-07\", \"places\": [\"brega\", \"ajdabiya\"]},\n"
            + "{\"id\": \"a1\", \"kind\": \"battle\", \"title\": \"a1\", \"start\": \"2011-03-20\", \"places\": [\"ajdabiya\"]},\n"
            + "{\"id\": \"t1\", \"kind\": \"meeting\", \"title\": \"t1\", \"start\": \"2011-08-21\", \"places\": [\"tripoli\"]},\n"
            + "{\"id\": \"x1\", \"kind\": \"meeting\", \"title\": \"nowhere\", \"start\": \"2011-05-01\"}\n"
            + "]}";

    private static final TimeWindow CAMPAIGN = new TimeWindow(
            java.time.Instant.parse("2011-03-01T00:00:00Z").toEpochMilli(),
            java.time.Instant.parse("2011-11-01T00:00:00Z").toEpochMilli());

    private final Dataset dataset = load();
    private final MapPainter painter = new MapPainter();

    private static Dataset load() {
        try {
            return new DatasetLoader().load("t.json", FILE.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MapPainter.Content content(TimeWindow window, Set<String> selected) {
        return new MapPainter.Content(
                PlaceRecords.inWindow(dataset, window, e -> true, false), k -> Rgb.parse("#d62728"), selected);
    }

    @Test
    void shouldCreditNaturalEarthAndLabelTheGraticuleAndTheScale() {
        TextSurface s = new TextSurface();
        MapProjection view = MapProjection.fit(Basemap.bundled().bounds(), 900, 600);

        painter.paint(s, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of()));

        assertThat(s.texts).contains("Basemap: Natural Earth", "30°N", "40°N", "10°E", "20°E");
        assertThat(s.texts).anySatisfy(t -> assertThat(t).matches("\\d+ km \\(at \\d+°\\)"));
        assertThat(s.polygons).as("land is filled").isGreaterThan(50);
    }

    @Test
    void zoomedAndPannedOutAsFarAsTheKeysGoTheGraticuleNamesOnlyRealMeridiansApartFromEachOther() {
        MapProjection view = MapProjection.fit(Basemap.bundled().bounds(), 1264, 200);
        for (int i = 0; i < 40; i++) {
            view = view.zoom(1 / 1.5, 632, 100);
        }
        for (int i = 0; i < 30; i++) {
            view = view.pan(60, 0);
        }
        TextSurface s = new TextSurface();

        painter.paint(s, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of()));

        List<Integer> meridians = s.texts.stream()
                .filter(t -> t.matches("\\d+°[EW]|0°"))
                .map(t -> t.equals("0°") ? 0 : Integer.parseInt(t.substring(0, t.indexOf('°'))))
                .toList();
        assertThat(meridians).isNotEmpty().allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(180));
        assertThat(view.width() / view.pixelsPerDegree()).as("degrees across").isLessThanOrEqualTo(360.0001);
    }

    @Test
    void shouldCountCrowdedPlacesTogetherAtCampaignScaleAndApartWhenZoomedIn() {
        MapProjection wide = MapProjection.fit(Basemap.bundled().bounds(), 900, 600);
        List<MarkerGroup> far = painter.paint(
                new TextSurface(), wide, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of()));

        // Brega and Ajdabiya are 60 km apart: one marker of three records (b2 is at both, counted once).
        assertThat(far).hasSize(2);
        MarkerGroup east =
                far.stream().filter(g -> g.places().size() == 2).findFirst().orElseThrow();
        assertThat(east.records()).extracting(e -> e.id()).containsExactly("b1", "a1", "b2");

        MapProjection close = wide.zoom(16, wide.x(20), wide.y(30.6));
        List<MarkerGroup> near = painter.paint(
                new TextSurface(), close, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of()));
        assertThat(near)
                .filteredOn(g -> g.x() > 0 && g.x() < 900)
                .hasSize(2)
                .allSatisfy(g -> assertThat(g.places()).hasSize(1));
    }

    @Test
    void shouldShowOnlyTheRecordsOfTheTimelinesWindow() {
        TimeWindow march = new TimeWindow(
                java.time.Instant.parse("2011-03-10T00:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2011-03-31T00:00:00Z").toEpochMilli());

        List<PlaceRecords> places = PlaceRecords.inWindow(dataset, march, e -> true, false);

        assertThat(places).extracting(p -> p.place().id()).containsExactly("brega", "ajdabiya");
        assertThat(places).extracting(p -> p.events().size()).containsExactly(1, 1);
    }

    @Test
    void shouldLeaveOutOrFadeRecordsTheFilterRejects() {
        List<PlaceRecords> hidden =
                PlaceRecords.inWindow(dataset, CAMPAIGN, e -> e.kind().equals("meeting"), true);
        List<PlaceRecords> dimmed =
                PlaceRecords.inWindow(dataset, CAMPAIGN, e -> e.kind().equals("meeting"), false);

        assertThat(hidden).extracting(p -> p.place().id()).containsExactly("tripoli");
        assertThat(dimmed)
                .extracting(p -> p.place().id() + ":" + p.matching())
                .containsExactly("brega:0", "ajdabiya:0", "tripoli:1");
    }

    @Test
    void shouldRingTheSelectedRecordsMarker() {
        MapProjection view = MapProjection.fit(Basemap.bundled().bounds(), 900, 600);
        TextSurface plain = new TextSurface();
        TextSurface selected = new TextSurface();

        painter.paint(plain, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of()));
        painter.paint(selected, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content(CAMPAIGN, Set.of("t1")));

        assertThat(selected.strokeColors).contains(Theme.LIGHT.selection());
        assertThat(plain.strokeColors).doesNotContain(Theme.LIGHT.selection());
    }

    /** Remembers the text drawn, the stroke colours used and how many polygons were filled. */
    static class TextSurface implements Surface {
        final List<String> texts = new ArrayList<>();
        final List<Rgb> strokeColors = new ArrayList<>();
        int polygons;

        @Override
        public void setFill(Rgb color, double alpha) {}

        @Override
        public void setStroke(Rgb color, double alpha, double width) {
            strokeColors.add(color);
        }

        @Override
        public void setLineDash(double... dashes) {}

        @Override
        public void fillRect(double x, double y, double w, double h) {}

        @Override
        public void strokeRect(double x, double y, double w, double h) {}

        @Override
        public void line(double x1, double y1, double x2, double y2) {}

        @Override
        public void fillPolygon(double[] xs, double[] ys) {
            polygons++;
        }

        @Override
        public void strokePolygon(double[] xs, double[] ys) {}

        @Override
        public void fillOval(double x, double y, double w, double h) {}

        @Override
        public void setFont(FontSpec font) {}

        @Override
        public void fillText(String text, double x, double baselineY) {
            texts.add(text);
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 6.0;
        }

        @Override
        public void pushClip(double x, double y, double w, double h) {}

        @Override
        public void popClip() {}
    }
}
