package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A record the filter keeps is drawn even in a lane crowded with records the filter dims. */
class DimmedCrowdTest {
    private static final long DAY = 86_400_000L;

    @Test
    void theKeptRecordIsDrawnNotCountedUnderTheDimmedOnes() {
        ItemStoreBuilder b =
                new ItemStoreBuilder(List.of(new LaneInfo("g", "Lane", Rgb.parse("#336699"))), List.of("g"), 64);
        for (int i = 0; i < 40; i++) { // long dimmed ranges, each starting a little later
            b.add(0, 0, i * DAY / 4, 60 * DAY + i * DAY, ItemStore.RANGE, "dimmed " + i, "d" + i);
        }
        b.add(0, 0, 20 * DAY, 20 * DAY, 0, "kept", "keep");
        ItemStore store = b.build();
        BitSet pass = new BitSet();
        for (int r = 0; r < store.size(); r++) {
            pass.set(r, store.id(r).equals("keep"));
        }
        // two rows of room: one for records, one for the count badges
        double height = AxisPainter.HEIGHT + 2 * TimelinePainter.ROW_HEIGHT + 2 * 6 + 4;
        Frame frame = new Frame(
                store,
                new TimeWindow(0, 60 * DAY),
                1200,
                height,
                ZoneOffset.UTC,
                null,
                Theme.LIGHT,
                new RowMask(store, pass, RowMask.Mode.DIM),
                null);

        HitMap hits = new TimelinePainter().paint(new CountingSurface(), frame);

        assertThat(hits.boxOf("keep")).as("the kept record has a box on screen").isPresent();
    }
}
