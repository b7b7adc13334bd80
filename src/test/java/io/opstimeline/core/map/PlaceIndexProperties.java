package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The map's window query through {@link PlaceIndex} (sorted arrays, a binary search) shows the same
 * records at the same places as the plain scan over every record it replaced, for any window and
 * filter: a user sees no record appear or vanish because the map went faster.
 */
class PlaceIndexProperties {
    private static final long MARCH_2011 = 1298937600000L;
    private static final long DAY = 86_400_000L;
    private static final Dataset OUP = SampleCampaign.OUP;

    /** The scan PlaceRecords.inWindow used to do: every record, its cover against the window. */
    private static Map<String, Set<String>> naive(Dataset d, TimeWindow w, Predicate<Event> matches, boolean hide) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (Event e : d.events()) {
            if (e.placeIds().isEmpty()
                    || !w.overlaps(e.coverStart().toEpochMilli(), e.coverEnd().toEpochMilli())) {
                continue;
            }
            if (hide && !matches.test(e)) {
                continue;
            }
            for (String p : e.placeIds()) {
                out.computeIfAbsent(p, k -> new HashSet<>()).add(e.id());
            }
        }
        return out;
    }

    private static Map<String, Set<String>> indexed(List<PlaceRecords> places) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (PlaceRecords p : places) {
            Set<String> ids = new HashSet<>();
            p.events().forEach(e -> ids.add(e.id()));
            out.put(p.place().id(), ids);
        }
        return out;
    }

    @Property(tries = 300)
    void theIndexFindsWhatTheScanFinds(
            @ForAll @LongRange(min = -40, max = 300) long startDay,
            @ForAll @LongRange(min = 0, max = 250) long days,
            @ForAll boolean hide,
            @ForAll boolean onlyStrikes) {
        TimeWindow w = new TimeWindow(MARCH_2011 + startDay * DAY, MARCH_2011 + (startDay + days) * DAY + 1);
        Predicate<Event> matches = onlyStrikes ? e -> e.kind().equals("strike-report") : e -> true;

        List<PlaceRecords> places = PlaceRecords.inWindow(OUP, w, matches, hide);

        assertThat(indexed(places)).isEqualTo(naive(OUP, w, matches, hide));
        List<String> order = new ArrayList<>();
        places.forEach(p -> order.add(p.place().id()));
        List<String> datasetOrder =
                OUP.places().stream().map(Place::id).filter(order::contains).toList();
        assertThat(order).as("places in the dataset's order").isEqualTo(datasetOrder);
        places.forEach(p -> assertThat(p.matching())
                .isEqualTo((int) p.events().stream().filter(matches).count()));
        places.forEach(p -> {
            Map<String, Integer> kinds = new LinkedHashMap<>();
            p.events().forEach(e -> kinds.merge(e.kind(), 1, Integer::sum));
            assertThat(p.kindCounts())
                    .as("kinds at %s, for the marker's colour", p.place().id())
                    .isEqualTo(kinds);
        });
    }
}
