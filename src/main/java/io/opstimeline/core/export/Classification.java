package io.opstimeline.core.export;

import io.opstimeline.core.model.Rgb;
import java.util.Locale;

/**
 * The security marking printed at the top and bottom of every page, coloured by level as
 * briefers expect: UNCLASSIFIED green, CONFIDENTIAL blue, SECRET red, TOP SECRET orange. Any
 * other text is allowed and drawn on neutral grey.
 */
public record Classification(String text, Rgb background, Rgb foreground) {
    public static final Rgb GREEN = Rgb.parse("#007a33");
    public static final Rgb BLUE = Rgb.parse("#0033a0");
    public static final Rgb RED = Rgb.parse("#c8102e");
    public static final Rgb ORANGE = Rgb.parse("#ff8c00");
    public static final Rgb GREY = Rgb.parse("#6e7781");
    private static final Rgb WHITE = Rgb.parse("#ffffff");
    private static final Rgb BLACK = Rgb.parse("#000000");

    public static Classification of(String marking) {
        String text = marking == null || marking.isBlank() ? "NO CLASSIFICATION MARKING" : marking.strip();
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("TOP SECRET")) {
            return new Classification(text, ORANGE, BLACK);
        }
        if (upper.contains("UNCLASSIFIED")) {
            return new Classification(text, GREEN, WHITE);
        }
        if (upper.contains("SECRET")) {
            return new Classification(text, RED, WHITE);
        }
        if (upper.contains("CONFIDENTIAL")) {
            return new Classification(text, BLUE, WHITE);
        }
        return new Classification(text, GREY, WHITE);
    }
}
