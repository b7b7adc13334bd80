package io.opstimeline.bench;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.map.GeoBounds;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Fingerprint;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.PlaceKind;
import io.opstimeline.core.model.TimeSpec;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's items (gen.js's, from a file or generated) given places, for {@code bench --map}:
 * the protocol's generator has no coordinates, so they are added here, the same ones for the same
 * items and seed. One place per 20 items, scattered around 40 centres within the basemap's region
 * (a campaign's records crowd at towns and bases), each item at one place drawn at random. This is
 * test data for the benchmark only; nothing in the application reads it.
 */
final class LocatedItems {
    static final int ITEMS_PER_PLACE = 20;
    private static final int CENTRES = 40;
    /** Spread of places around their centre, in degrees. */
    private static final double SPREAD = 1.2;

    private LocatedItems() {}

    static Dataset dataset(ItemStore store, GeoBounds region, int seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_CAFEL);
        ZoneId utc = ZoneId.of("UTC");
        double[][] centres = new double[CENTRES][];
        for (int i = 0; i < CENTRES; i++) {
            centres[i] = new double[] {
                region.west() + random.nextDouble() * (region.east() - region.west()),
                region.south() + random.nextDouble() * (region.north() - region.south())
            };
        }
        int placeCount = Math.max(1, store.size() / ITEMS_PER_PLACE);
        List<Place> places = new ArrayList<>(placeCount);
        for (int p = 0; p < placeCount; p++) {
            double[] c = centres[random.nextInt(CENTRES)];
            double lon = clamp(c[0] + random.nextGaussian() * SPREAD, region.west(), region.east());
            double lat = clamp(c[1] + random.nextGaussian() * SPREAD, region.south(), region.north());
            places.add(new Place("p" + p, "Place " + p, List.of(), lat, lon, PlaceKind.SITE, null));
        }
        List<EventKind> kinds = new ArrayList<>();
        for (LaneInfo lane : store.lanes()) {
            kinds.add(new EventKind(lane.id(), lane.label(), lane.color()));
        }
        List<Event> events = new ArrayList<>(store.size());
        for (int row = 0; row < store.size(); row++) {
            TimeSpec start = new TimeSpec(Instant.ofEpochMilli(store.start(row)), DatePrecision.MINUTE, utc);
            TimeSpec end = store.is(row, ItemStore.RANGE)
                    ? new TimeSpec(Instant.ofEpochMilli(store.end(row)), DatePrecision.MINUTE, utc)
                    : null;
            String place = places.get(random.nextInt(placeCount)).id();
            events.add(new Event(
                    store.id(row),
                    store.lane(store.laneOf(row)).id(),
                    store.title(row),
                    start,
                    end,
                    false,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    List.of(place)));
        }
        events.sort((a, b) -> a.start().instant().compareTo(b.start().instant()));
        return new Dataset(
                "bench " + store.size() + " located items",
                utc,
                null,
                kinds,
                List.of(),
                List.of(),
                places,
                events,
                List.of(),
                new Fingerprint("bench-map", "0".repeat(64)));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
