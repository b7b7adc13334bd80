package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/**
 * While the timeline's window moves or plays, the map's markers keep their places together: two
 * places that share a marker in one window share it in every window that shows them both, at the
 * same view, so a crowd does not split and merge as records come and go.
 */
class StableMarkersProperties {
    private static final long MARCH_2011 = 1298937600000L;
    private static final long DAY = 86_400_000L;
    private static final Dataset OUP = SampleCampaign.OUP;

    @Property(tries = 200)
    void placesThatShareAMarkerShareItInEveryWindow(
            @ForAll @LongRange(min = 0, max = 280) long start1,
            @ForAll @LongRange(min = 1, max = 120) long days1,
            @ForAll @LongRange(min = 0, max = 280) long start2,
            @ForAll @LongRange(min = 1, max = 120) long days2,
            @ForAll @DoubleRange(min = 0.5, max = 4) double zoom) {
        MapProjection home =
                MapProjection.fit(MapExtent.home(OUP.places(), Basemap.bundled().bounds()), 900, 600);
        MapProjection view = home.zoom(zoom, home.x(15), home.y(35));
        Map<String, Integer> a = markersOf(OUP, window(start1, days1), view);
        Map<String, Integer> b = markersOf(OUP, window(start2, days2), view);
        for (String p : a.keySet()) {
            for (String q : a.keySet()) {
                if (b.containsKey(p) && b.containsKey(q)) {
                    assertThat(b.get(p).equals(b.get(q)))
                            .as("%s and %s together in one window, apart in the other", p, q)
                            .isEqualTo(a.get(p).equals(a.get(q)));
                }
            }
        }
    }

    /**
     * Three places in a row, each 15 px from the next at this view (the crowding distance is 18):
     * the middle one has records only in April. Without it the outer two are 30 px apart; with it
     * all three crowd together. They must not split in March and join in April.
     */
    @Property(tries = 100)
    void aChainOfPlacesDoesNotSplitWhenItsMiddlePlaceHasNoRecords(
            @ForAll @LongRange(min = 0, max = 80) long start, @ForAll @LongRange(min = 1, max = 40) long days) {
        Dataset chain = chain();
        MapProjection view = new MapProjection(10.15, 35, 100, 900, 600);
        TimeWindow march = window(0, 30);
        Map<String, Integer> inMarch = markersOf(chain, march, view);
        Map<String, Integer> other = markersOf(chain, window(start, days), view);
        if (other.containsKey("a") && other.containsKey("c")) {
            assertThat(other.get("a").equals(other.get("c")))
                    .as("a and c together")
                    .isEqualTo(inMarch.get("a").equals(inMarch.get("c")));
        }
    }

    /** For each place with records in the window, the marker it is drawn in. */
    private static Map<String, Integer> markersOf(Dataset d, TimeWindow w, MapProjection view) {
        List<MarkerGroup> groups =
                MarkerGroups.group(PlaceRecords.inWindow(d, w, e -> true, false), view, MapPainter.CROWD_PIXELS);
        Map<String, Integer> out = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (PlaceRecords p : groups.get(g).places()) {
                out.put(p.place().id(), g);
            }
        }
        return out;
    }

    private static Dataset chain() {
        StringBuilder json = new StringBuilder("{\"format\":\"ops-timeline/1\",\"title\":\"chain\",")
                .append("\"sources\":[{\"id\":\"s\",\"title\":\"s\"}],\"places\":[");
        String[] ids = {"a", "b", "c"};
        for (int i = 0; i < 3; i++) {
            json.append(i > 0 ? "," : "")
                    .append("{\"id\":\"")
                    .append(ids[i])
                    .append("\",\"name\":\"")
                    .append(ids[i])
                    .append("\",\"latitude\":35,\"longitude\":")
                    .append(10 + 0.15 * i)
                    .append(",\"source\":\"s\"}");
        }
        json.append("],\"events\":[");
        String[][] records = {
            {"a1", "a", "2011-03-05"},
            {"a2", "a", "2011-04-20"},
            {"c1", "c", "2011-03-10"},
            {"c2", "c", "2011-04-25"},
            {"b1", "b", "2011-04-02"},
            {"b2", "b", "2011-04-03"},
            {"b3", "b", "2011-04-04"}
        };
        for (int i = 0; i < records.length; i++) {
            json.append(i > 0 ? "," : "")
                    .append("{\"id\":\"")
                    .append(records[i][0])
                    .append("\",\"kind\":\"k\",\"title\":\"t\",\"start\":\"")
                    .append(records[i][2])
                    .append("\",\"places\":[\"")
                    .append(records[i][1])
                    .append("\"]}");
        }
        json.append("]}");
        try {
            return new DatasetLoader()
                    .load("chain.json", json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimeWindow window(long startDay, long days) {
        return new TimeWindow(MARCH_2011 + startDay * DAY, MARCH_2011 + (startDay + days) * DAY);
    }
}
