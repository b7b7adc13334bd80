package io.opstimeline.core.export;

import java.util.Locale;

/** Paper sizes in PostScript points (1/72 inch), portrait. */
public enum Paper {
    A4(595.28, 841.89), A3(841.89, 1190.55), LETTER(612, 792);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public PageSize size(boolean landscape) {
        return landscape ? new PageSize(height, width) : new PageSize(width, height);
    }

    /** Parses "a4", "A3", "letter". */
    public static Paper parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown paper '" + name + "': use a4, a3 or letter");
        }
    }

    /** A page's width and height in points. */
    public record PageSize(double width, double height) {
    }
}
