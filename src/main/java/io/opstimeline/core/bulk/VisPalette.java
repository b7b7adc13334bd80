package io.opstimeline.core.bulk;

import io.opstimeline.core.model.Rgb;

/** Lane colours for imported groups, which carry none: a colour-blind-safe qualitative set. */
public final class VisPalette {
    private static final Rgb[] COLORS = {
        Rgb.parse("#1f77b4"), Rgb.parse("#ff7f0e"), Rgb.parse("#2ca02c"), Rgb.parse("#d62728"),
        Rgb.parse("#9467bd"), Rgb.parse("#8c564b"), Rgb.parse("#e377c2"), Rgb.parse("#7f7f7f"),
        Rgb.parse("#bcbd22"), Rgb.parse("#17becf"),
    };

    private VisPalette() {}

    public static Rgb color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
