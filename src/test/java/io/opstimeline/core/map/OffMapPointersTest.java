package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.map.MapPainterTest.TextSurface;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: places beyond the basemap (New York, Washington, Halifax, Doha, Oslo, Bodø) stay within
 * reach: every placed record of the timeline's window is on a marker in the view or behind an arrow
 * on its edge that names the place and its distance.
 */
class OffMapPointersTest {
    private static final TimeWindow CAMPAIGN = new TimeWindow(
            Instant.parse("2011-02-01T00:00:00Z").toEpochMilli(),
            Instant.parse("2011-12-01T00:00:00Z").toEpochMilli());

    private final Dataset oup = SampleCampaign.OUP;
    private final MapPainter painter = new MapPainter();

    private MapPainter.Frame paint(TextSurface s, MapProjection view) {
        MapPainter.Content content = new MapPainter.Content(
                PlaceRecords.inWindow(oup, CAMPAIGN, e -> true, false), k -> Rgb.parse("#d62728"), Set.of());
        return painter.paintFrame(s, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content);
    }

    private static Set<String> reachable(MapPainter.Frame frame, MapProjection view) {
        Set<String> ids = new HashSet<>();
        frame.markers().stream()
                .filter(g -> !g.beyond(view))
                .forEach(g -> g.records().forEach(e -> ids.add(e.id())));
        frame.pointers().forEach(p -> p.records().forEach(e -> ids.add(e.id())));
        return ids;
    }

    @Test
    void everyPlacedRecordIsOnAMarkerInViewOrBehindAnEdgeArrow() {
        Set<String> placed = new HashSet<>();
        oup.events().stream()
                .filter(e -> !e.placeIds().isEmpty())
                .map(Event::id)
                .forEach(placed::add);
        MapProjection home =
                MapProjection.fit(MapExtent.home(oup.places(), Basemap.bundled().bounds()), 1200, 800);

        for (MapProjection view : List.of(home, home.zoom(8, home.x(15), home.y(32)), home.pan(-2000, 900))) {
            assertThat(reachable(paint(new TextSurface(), view), view))
                    .as("records reachable at %s", view)
                    .containsAll(placed);
        }
    }

    @Test
    void theMapOpensOnTheBasemapsPlacesAndPointsToTheFarOnesWithTheirDistance() {
        MapProjection home =
                MapProjection.fit(MapExtent.home(oup.places(), Basemap.bundled().bounds()), 1200, 800);
        TextSurface s = new TextSurface();

        MapPainter.Frame frame = paint(s, home);

        assertThat(home.x(13.19)).as("Tripoli in view").isBetween(0.0, 1200.0);
        assertThat(frame.pointers()).isNotEmpty();
        assertThat(s.texts).anySatisfy(t -> assertThat(t).matches("UN Headquarters, New York( \\+\\d+)? [\\d,]+ km"));
        assertThat(frame.pointers()).allSatisfy(p -> {
            assertThat(p.x()).isBetween(0.0, 1200.0);
            assertThat(p.y()).isBetween(0.0, 800.0);
            // a crowded edge falls back to the name alone: the same place, without the distance
            assertThat(p.label()).startsWith(p.shortLabel() + " ").endsWith(" km");
        });
    }

    @Test
    void aDistanceIsTheGreatCircleOneRoundedAsAReaderWouldSayIt() {
        // Tripoli to the UN Headquarters: about 7,500 km by great circle (a chart measure, not a flight plan)
        double km = OffMapPointers.kilometres(32.887, 13.191, 40.749, -73.968);
        assertThat(km).isBetween(7400.0, 7700.0);
        assertThat(OffMapPointers.distance(km)).matches("7,[4-7]00 km");
        assertThat(OffMapPointers.distance(64.4)).isEqualTo("64 km");
    }
}
