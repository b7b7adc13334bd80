package io.opstimeline.core.model;

/** Information credibility 1-6 in the NATO "Admiralty" system; paired with a source's letter it reads "B2". */
public final class Credibility {
    private static final String[] MEANINGS = {
        "Confirmed by other sources", "Probably true", "Possibly true",
        "Doubtful", "Improbable", "Truth cannot be judged"
    };

    private Credibility() {}

    public static boolean isValid(int value) {
        return value >= 1 && value <= 6;
    }

    public static String meaning(int value) {
        if (!isValid(value)) {
            throw new IllegalArgumentException("credibility must be 1-6, was " + value);
        }
        return MEANINGS[value - 1];
    }
}
