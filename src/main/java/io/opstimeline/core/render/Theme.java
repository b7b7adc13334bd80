package io.opstimeline.core.render;

import io.opstimeline.core.model.Rgb;

/** The colours a painter uses besides the kinds' own; light for screen and print, dark for screen. */
public record Theme(
        Rgb background, Rgb laneStripe, Rgb gutter, Rgb text, Rgb mutedText, Rgb grid, Rgb majorGrid, Rgb selection) {

    public static final Theme LIGHT = new Theme(
            Rgb.parse("#ffffff"),
            Rgb.parse("#f4f6f8"),
            Rgb.parse("#eceff3"),
            Rgb.parse("#1f2328"),
            Rgb.parse("#59636e"),
            Rgb.parse("#e3e7ec"),
            Rgb.parse("#aab3bd"),
            Rgb.parse("#0b57d0"));

    public static final Theme DARK = new Theme(
            Rgb.parse("#0d1117"),
            Rgb.parse("#151b23"),
            Rgb.parse("#1c232c"),
            Rgb.parse("#e6edf3"),
            Rgb.parse("#9198a1"),
            Rgb.parse("#222a33"),
            Rgb.parse("#4a5561"),
            Rgb.parse("#58a6ff"));
}
