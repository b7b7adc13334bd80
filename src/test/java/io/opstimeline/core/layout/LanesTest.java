package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Rgb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanesTest {

    private static List<String> idsInLane(ItemStore store, int lane) {
        List<String> ids = new ArrayList<>();
        for (int r = store.laneStart(lane); r < store.laneEnd(lane); r++) {
            ids.add(store.id(r));
        }
        return ids;
    }

    @Test
    void shouldPutEveryRecordInTheLaneOfEachNationItNamesAndKeepItsKindColour() throws Exception {
        Dataset d = new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json"));
        Lanes lanes = Lanes.byNation(d);
        ItemStore store = EventStores.of(d.events(), lanes, d::kind);

        assertThat(store.lanes()).extracting(l -> l.label()).containsExactly("France", "Norway", "No nation");
        assertThat(idsInLane(store, 0)).containsExactly("res");
        assertThat(idsInLane(store, 1)).isEmpty();
        assertThat(idsInLane(store, 2)).containsExactlyInAnyOrder("talks", "month", "fall");
        assertThat(store.color(store.laneStart(0))).isEqualTo(Rgb.parse("#d62728"));
    }

    @Test
    void shouldListAMultiNationRecordInEveryOneOfItsLanes() throws Exception {
        Dataset d = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        Event unscr1970 = d.events().stream()
                .filter(e -> e.nationIds().size() >= 3)
                .findFirst()
                .orElseThrow();
        Lanes lanes = Lanes.byNation(d);

        assertThat(lanes.lanesOf(unscr1970)).hasSize(unscr1970.nationIds().size());
        assertThat(Lanes.byKind(d).lanesOf(unscr1970)).hasSize(1);
    }
}
