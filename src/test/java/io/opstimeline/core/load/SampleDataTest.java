package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.Series;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled campaign meets what we promise of it: complete, cited, nothing uncited. */
class SampleDataTest {
    private static Dataset d;

    @BeforeAll
    static void load() throws Exception {
        d = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
    }

    @Test
    void shouldCoverTheCampaignWithAtLeastSixtyEvents() {
        assertThat(d.events()).hasSizeGreaterThanOrEqualTo(60);
        assertThat(d.events().get(0).start().instant()).isBefore(Instant.parse("2011-03-01T00:00:00Z"));
        assertThat(d.events().get(d.events().size() - 1).start().instant())
                .isAfter(Instant.parse("2011-10-30T00:00:00Z"));
    }

    @Test
    void shouldIncludeTheMilestonesAnAnalystExpects() {
        String titles = String.join(
                "\n",
                d.events().stream().map(e -> e.title() + " " + e.summary()).toList());

        assertThat(titles)
                .contains("1970")
                .contains("1973")
                .contains("2016")
                .contains("Berlin")
                .contains("Doha")
                .contains("Misrat")
                .contains("Brega")
                .contains("Tripoli")
                .contains("Sirte");
    }

    @Test
    void shouldCiteAtLeastOneExistingSourceForEveryRecord() {
        for (Event e : d.events()) {
            assertThat(e.sourceIds()).as(e.id()).isNotEmpty();
            e.sourceIds()
                    .forEach(
                            s -> assertThat(d.source(s)).as(e.id() + " -> " + s).isPresent());
        }
        for (Nation n : d.nations()) {
            assertThat(n.sourceIds()).as(n.id()).isNotEmpty();
        }
        for (Series s : d.series()) {
            s.points()
                    .forEach(p -> assertThat(p.sourceId())
                            .as(s.id() + " " + p.date().display())
                            .isNotNull());
        }
    }

    @Test
    void shouldCiteBothSeedArticles() {
        assertThat(d.source("seed-rasmussen-lessons")).isPresent();
        assertThat(d.source("seed-berlin-ministers")).isPresent();
        assertThat(d.events().stream().flatMap(e -> e.sourceIds().stream()))
                .contains("seed-rasmussen-lessons", "seed-berlin-ministers");
    }

    @Test
    void shouldListAtLeastFifteenNationsWithTheirStrikeRole() {
        assertThat(d.nations()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(d.nations())
                .filteredOn(n -> Boolean.TRUE.equals(n.strikeMissions()))
                .isNotEmpty();
        assertThat(d.nations())
                .filteredOn(n -> Boolean.FALSE.equals(n.strikeMissions()))
                .isNotEmpty();
    }

    @Test
    void shouldCarrySortieAndStrikeSortieSeriesThatNeverFall() {
        assertThat(d.series()).hasSizeGreaterThanOrEqualTo(2);
        for (Series s : d.series()) {
            if (s.cumulative()) {
                double last = -1;
                for (var p : s.points()) {
                    if (p.value() != null) {
                        assertThat(p.value())
                                .as(s.id() + " at " + p.date().display())
                                .isGreaterThanOrEqualTo(last);
                        last = p.value();
                    }
                }
            }
        }
    }
}
