package io.opstimeline.core.map;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.Theme;

/** Colours of the map's background, taken from the app's theme so the map sits with the other views. */
public record MapStyle(
        Rgb sea, Rgb land, Rgb coast, Rgb border, Rgb grid, Rgb text, Rgb mutedText, Rgb selection, Rgb panel) {

    public static MapStyle of(Theme theme) {
        Rgb bg = theme.background();
        boolean dark = (bg.red() * 299 + bg.green() * 587 + bg.blue() * 114) / 1000 < 128;
        return dark
                ? new MapStyle(
                        Rgb.parse("#0f1b2a"),
                        Rgb.parse("#222a33"),
                        Rgb.parse("#56616e"),
                        Rgb.parse("#4b5360"),
                        theme.grid(),
                        theme.text(),
                        theme.mutedText(),
                        theme.selection(),
                        bg)
                : new MapStyle(
                        Rgb.parse("#dce8f2"),
                        Rgb.parse("#f7f5ef"),
                        Rgb.parse("#8c9aa8"),
                        Rgb.parse("#b8aca3"),
                        Rgb.parse("#b4c4d2"),
                        theme.text(),
                        theme.mutedText(),
                        theme.selection(),
                        bg);
    }
}
