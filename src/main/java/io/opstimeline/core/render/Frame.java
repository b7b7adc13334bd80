package io.opstimeline.core.render;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.BitSet;

/**
 * Everything one frame of the timeline depends on, over the columnar store. {@code selectedId},
 * {@code mask} (filter: rows that pass, dim or hide the rest) and {@code highlight} (search
 * matches, rows of {@code store}) may be null. {@code axisTop} is where the axis is drawn: 0, or
 * the top of the visible part when the lanes are taller than their scroller, so the axis stays in
 * sight over them.
 */
public record Frame(
        ItemStore store,
        TimeWindow window,
        double width,
        double height,
        ZoneId zone,
        String selectedId,
        Theme theme,
        RowMask mask,
        BitSet highlight,
        double axisTop) {

    public Frame(
            ItemStore store,
            TimeWindow window,
            double width,
            double height,
            ZoneId zone,
            String selectedId,
            Theme theme,
            RowMask mask,
            BitSet highlight) {
        this(store, window, width, height, zone, selectedId, theme, mask, highlight, 0);
    }

    public Frame withAxisTop(double top) {
        return new Frame(store, window, width, height, zone, selectedId, theme, mask, highlight, Math.max(0, top));
    }

    public static Frame of(
            ItemStore store,
            TimeWindow window,
            double width,
            double height,
            ZoneId zone,
            String selectedId,
            Theme theme) {
        return new Frame(store, window, width, height, zone, selectedId, theme, null, null);
    }
}
