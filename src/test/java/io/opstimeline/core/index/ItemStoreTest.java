package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ItemStoreTest {
    @Test
    void aDatasetBecomesOneRowPerEventInItsKindLaneWithItsIdAndTitle() throws Exception {
        Dataset d = new DatasetLoader().loadResource("/datasets/small.json");
        Lanes lanes = Lanes.byKind(d);
        ItemStore store = EventStores.of(d.events(), lanes, d::kind);
        assertThat(store.size()).isEqualTo(d.events().size());
        for (Event e : d.events()) {
            int row = -1;
            for (int r = 0; r < store.size(); r++) {
                if (store.id(r).equals(e.id())) {
                    row = r;
                }
            }
            assertThat(row).as(e.id()).isNotNegative();
            assertThat(store.title(row)).isEqualTo(e.title());
            assertThat(store.lane(store.laneOf(row)).id()).isEqualTo(e.kind());
            assertThat(store.start(row)).isEqualTo(e.coverStart().toEpochMilli());
            assertThat(store.markStart(row)).isEqualTo(e.start().epochMilli());
            assertThat(store.is(row, ItemStore.RANGE)).isEqualTo(e.isRange());
            assertThat(store.is(row, ItemStore.UNCERTAIN)).isEqualTo(e.isUncertain());
            assertThat(store.idEquals(row, e.id().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .isTrue();
        }
    }

    @Test
    void kindFilterKeepsOnlyThoseKinds() {
        ItemStore store = io.opstimeline.core.bulk.PeerGenerator.store(2000, 7);
        BitSet strikes = RowFilters.byKinds(store, Set.of("strikes", "libya"));
        for (int r = 0; r < store.size(); r++) {
            assertThat(strikes.get(r)).isEqualTo(List.of("strikes", "libya").contains(store.kindId(r)));
        }
        assertThat(strikes.cardinality()).isBetween(300, 700);
    }

    @Test
    void textKeepsNonAsciiTitlesIntact() {
        ItemStoreBuilder b = new ItemStoreBuilder(
                List.of(new LaneInfo("a", "A", new io.opstimeline.core.model.Rgb(1, 2, 3))), List.of("a"), 1);
        b.add(0, 0, 10, 10, 0, "Benghazi – Ajdabiya ‘front’", "x1");
        b.add(0, 0, 5, 20, ItemStore.RANGE, "Tripoli", "x2");
        ItemStore s = b.build();
        assertThat(s.title(0)).isEqualTo("Tripoli");
        assertThat(s.title(1)).isEqualTo("Benghazi – Ajdabiya ‘front’");
        assertThat(RowFilters.byText(s, "AJDAB").get(1)).isTrue();
        assertThat(s.extent()).containsExactly(5, 20);
    }
}
