package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.BitSet;

/**
 * Everything one frame of the timeline depends on, over the columnar store. {@code selectedId},
 * {@code mask} (filter: rows that pass, dim or hide the rest) and {@code highlight} (search
 * matches, rows of {@code store}) may be null.
 */
public record Frame(ItemStore store, TimeWindow window, double width, double height, ZoneId zone,
                    String selectedId, Theme theme, RowMask mask, BitSet highlight) {

    public static Frame of(ItemStore store, TimeWindow window, double width, double height, ZoneId zone,
                           String selectedId, Theme theme) {
        return new Frame(store, window, width, height, zone, selectedId, theme, null, null);
    }
}
