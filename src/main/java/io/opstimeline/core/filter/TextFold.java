package io.opstimeline.core.filter;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What "ignoring case" means for every search in the app, whatever the open file: Unicode case
 * folding ("ÉLYSÉE" finds "élysée", "STRASSE" finds "Straße") after composing accents, so a
 * dataset's fields and an items file's titles answer a search the same way.
 */
public final class TextFold {
    private TextFold() {}

    /** The text as searches compare it: composed (NFC), upper-cased then lower-cased, locale-neutral. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // upper then lower: the round trip folds what one lower-casing leaves apart (ß and SS, ς and σ)
        return Normalizer.normalize(s, Normalizer.Form.NFC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
    }

    /** Whether {@code haystack} contains a needle already passed through {@link #fold}. */
    public static boolean contains(String haystack, String foldedNeedle) {
        return haystack != null && fold(haystack).contains(foldedNeedle);
    }
}
