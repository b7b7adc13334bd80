package io.opstimeline.core.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Reliability;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventFilterTest {
    private static Dataset d;

    @BeforeAll
    static void load() throws Exception {
        d = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
    }

    private List<String> ids(EventFilter f) {
        return d.events().stream().filter(e -> f.matches(d, e)).map(Event::id).toList();
    }

    @Test
    void shouldKeepEverythingWhenEmpty() {
        assertThat(ids(EventFilter.NONE)).containsExactly("res", "talks", "month", "fall");
    }

    @Test
    void shouldSearchTitlesQuotesAndLocationsIgnoringCase() {
        assertThat(ids(EventFilter.NONE.withText("MINISTERS"))).containsExactly("talks");
        assertThat(ids(EventFilter.NONE.withText("we act"))).containsExactly("res");
        assertThat(ids(EventFilter.NONE.withText("new york"))).containsExactly("res");
    }

    @Test
    void shouldFoldCaseBeyondAsciiAsItemsFilesDo() {
        // what TextFold promises for every search: accented capitals, sharp s, final sigma
        assertThat(TextFold.contains("Talks at the \u00e9lys\u00e9e", TextFold.fold("\u00c9LYS\u00c9E")))
                .isTrue();
        assertThat(TextFold.contains("Stra\u00dfe", TextFold.fold("STRASSE"))).isTrue();
        assertThat(TextFold.contains("\u039f\u0394\u039f\u03a3", TextFold.fold("\u03bf\u03b4\u03bf\u03c3")))
                .isTrue();
        assertThat(TextFold.contains("Elysee", TextFold.fold("\u00e9lys\u00e9e")))
                .as("accents are letters")
                .isFalse();
        assertThat(ids(EventFilter.NONE.withText("R\u00c9SOLUTION"))).isEmpty();
        assertThat(ids(EventFilter.NONE.withText("RESOLUTION"))).containsExactly("res");
    }

    @Test
    void shouldFilterByKindAndNation() {
        assertThat(ids(EventFilter.NONE.withKinds(Set.of("meeting")))).containsExactly("talks", "month");
        assertThat(ids(EventFilter.NONE.withNations(Set.of("FRA")))).containsExactly("res");
    }

    @Test
    void shouldKeepRecordsWhoseUncertainSpanTouchesTheRange() {
        EventFilter aug22 = EventFilter.NONE.withRange(
                Instant.parse("2011-08-22T00:00:00Z"), Instant.parse("2011-08-23T00:00:00Z"));

        assertThat(ids(aug22)).containsExactly("fall");
    }

    @Test
    void shouldKeepOnlyRecordsGradedAtLeastAsWellAsAsked() {
        assertThat(ids(EventFilter.NONE.withGrading(Reliability.A, null))).containsExactly("res");
        assertThat(ids(EventFilter.NONE.withGrading(Reliability.B, 2))).containsExactly("res", "talks");
    }

    @Test
    void shouldLeaveOutADayRecordThatEndsWhereTheRangeStarts() {
        // "res" is dated 17 Mar 2011 (the whole day, UTC): From = 18 Mar leaves it out, To = 17 Mar keeps it
        EventFilter from18 = EventFilter.NONE.withRange(Instant.parse("2011-03-18T00:00:00Z"), null);
        EventFilter to17 = EventFilter.NONE.withRange(null, Instant.parse("2011-03-18T00:00:00Z"));

        assertThat(ids(from18)).doesNotContain("res");
        assertThat(ids(to17)).containsExactly("res");
    }
}
