package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample campaign's places (issue 15.2): cited, used, and where their names say they are. */
class SamplePlacesTest {
    private final Dataset oup = load();

    private static Dataset load() {
        try {
            return new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        } catch (DatasetLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyPlaceCitesTheWebPageItsCoordinatesComeFrom() {
        assertThat(oup.places()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sourceIfKnown()).as(p.id()).isPresent();
            var source = oup.source(p.sourceId()).orElseThrow();
            assertThat(source.browsableUrl()).as(p.id()).isPresent();
            assertThat(source.quote())
                    .as("the coordinates as " + p.id() + "'s source prints them")
                    .isNotBlank();
        });
    }

    @Test
    void everyPlaceHasARecordAndKeepsItsFreeTextLocation() {
        Set<String> used =
                oup.events().stream().flatMap(e -> e.placeIds().stream()).collect(Collectors.toSet());

        assertThat(oup.places())
                .extracting(Place::id)
                .allSatisfy(id -> assertThat(used).contains(id));
        assertThat(oup.events())
                .filteredOn(e -> !e.placeIds().isEmpty())
                .allSatisfy(e -> assertThat(e.location()).as(e.id()).isNotBlank());
    }

    @Test
    void theCampaignsPlacesLieWhereTheMapExpectsThem() {
        // Libyan places south of the Mediterranean's 33rd parallel and east of Tunisia; bases in Europe.
        assertThat(oup.places())
                .filteredOn(p -> Set.of(
                                "misrata",
                                "sirte",
                                "brega",
                                "ajdabiya",
                                "tripoli",
                                "benghazi",
                                "bani-walid",
                                "zawiya",
                                "gharyan")
                        .contains(p.id()))
                .hasSize(9)
                .allSatisfy(p -> {
                    assertThat(p.latitude()).as(p.id()).isBetween(29.0, 33.0);
                    assertThat(p.longitude()).as(p.id()).isBetween(11.5, 25.0);
                });
        assertThat(oup.place("sigonella").orElseThrow().latitude()).isBetween(37.0, 38.0);
        assertThat(oup.place("brussels").orElseThrow().latitude()).isBetween(50.5, 51.0);
    }

    @Test
    void everyLocatedRecordIsOnTheMapButTheOneAtSeaWithNoCitablePoint() {
        // "Central Mediterranean" is a sea area without a published point to cite; it stays text only.
        assertThat(oup.events())
                .filteredOn(e -> e.location() != null && !e.location().isBlank())
                .filteredOn(e -> e.placeIds().isEmpty())
                .extracting(Event::id)
                .containsExactly("nato-embargo-patrols");
    }

    @Test
    void theDailyKeyHitsArePlacedStrikeRecordsCitingTheDaysReport() {
        assertThat(oup.events())
                .filteredOn(e -> e.tags().contains("key-hits"))
                .hasSize(5)
                .allSatisfy(e -> {
                    assertThat(e.kind()).isEqualTo("strike-report");
                    assertThat(e.placeIds()).as(e.id()).isNotEmpty();
                    assertThat(e.sourceIds())
                            .as(e.id())
                            .isNotEmpty()
                            .allSatisfy(
                                    s -> assertThat(oup.source(s).orElseThrow().quote())
                                            .as(s)
                                            .isNotBlank());
                });
        Event lastDay = oup.event("key-hits-2011-10-20").orElseThrow();
        assertThat(oup.placesOf(lastDay)).extracting(Place::name).containsExactly("Sirte");
        assertThat(oup.source(lastDay.sourceIds().get(0)).orElseThrow().quote()).contains("11 Armed Vehicles");
    }

    @Test
    void basesAndCapitalsFarFromLibyaAreWhereTheirSourcesPutThem() {
        assertThat(oup.place("un-hq-new-york").orElseThrow().longitude()).isBetween(-74.1, -73.9);
        assertThat(oup.place("halifax").orElseThrow().latitude()).isBetween(44.5, 44.8);
        assertThat(oup.place("bodo").orElseThrow().latitude()).isBetween(67.0, 67.5);
        assertThat(oup.place("orland").orElseThrow().latitude()).isBetween(63.5, 63.9);
        assertThat(oup.place("souda-bay").orElseThrow().longitude()).isBetween(24.0, 24.3);
        assertThat(oup.placesOf(oup.event("norway-withdraws").orElseThrow()))
                .extracting(Place::id)
                .containsExactly("souda-bay", "bodo", "orland");
    }

    @Test
    void theSiegeOfMisrataAndTheBregaRoadAreOnTheMap() {
        Event siege = oup.event("misrata-siege").orElseThrow();
        Event road = oup.event("brega-tank-column").orElseThrow();

        assertThat(oup.placesOf(siege)).extracting(Place::name).containsExactly("Misrata");
        assertThat(oup.placesOf(road)).extracting(Place::name).containsExactly("Brega", "Ajdabiya");
    }
}
