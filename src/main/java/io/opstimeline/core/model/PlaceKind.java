package io.opstimeline.core.model;

import java.util.Locale;

/**
 * What sort of place a point on the map is: the map draws each sort with its own marker, and the
 * data-format guide lists the same words. A closed set, so a typo in a file is reported rather than
 * quietly drawn as an unknown sort.
 */
public enum PlaceKind {
    CITY("city"),
    TOWN("town"),
    AIRBASE("airbase"),
    NAVAL_BASE("naval-base"),
    HQ("hq"),
    SEA_AREA("sea-area"),
    REGION("region"),
    SITE("site");

    private final String word;

    PlaceKind(String word) {
        this.word = word;
    }

    /** The word used in files ("naval-base"). */
    public String word() {
        return word;
    }

    public static PlaceKind fromWord(String word) {
        for (PlaceKind k : values()) {
            if (k.word.equals(word.toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown place kind \"" + word + "\"");
    }
}
