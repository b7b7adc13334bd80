package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewFilterTest {
    private static Dataset d;

    @BeforeAll
    static void load() throws Exception {
        d = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
    }

    private static List<String> ids(ViewFilter f) {
        return d.events().stream().filter(e -> f.matches(d, e)).map(Event::id).toList();
    }

    @Test
    void emptyFilterAdmitsEverything() {
        assertThat(ids(ViewFilter.NONE)).hasSize(d.events().size());
        assertThat(ViewFilter.NONE.isEmpty()).isTrue();
    }

    @Test
    void kindsNationsAndTextNarrowTogether() {
        assertThat(ids(new ViewFilter(List.of("meeting"), null, null, null)))
                .containsExactlyInAnyOrder("talks", "month");
        assertThat(ids(new ViewFilter(null, List.of("FRA"), null, null))).containsExactly("res");
        assertThat(ids(new ViewFilter(null, null, "we ACT", null))).containsExactly("res");
        assertThat(ids(new ViewFilter(List.of("meeting"), List.of("FRA"), null, null)))
                .isEmpty();
    }

    @Test
    void minimumGradingNeedsBothReliabilityAndCredibility() {
        // res is A1, talks B2, fall and month have no credibility
        assertThat(ids(new ViewFilter(null, null, null, "A1"))).containsExactly("res");
        assertThat(ids(new ViewFilter(null, null, null, "B2"))).containsExactlyInAnyOrder("res", "talks");
        assertThat(ids(new ViewFilter(null, null, null, "B")))
                .containsExactlyInAnyOrder("res", "talks", "fall", "month");
        assertThatThrownBy(() -> new ViewFilter(null, null, null, "Z9")).hasMessageContaining("B3");
    }
}
