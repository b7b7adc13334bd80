package io.opstimeline.core.export;

import java.util.Locale;

/**
 * Page sizes in PostScript points (1/72 inch), portrait. WIDE is a 16:9 slide (13.333 x 7.5 in,
 * PowerPoint's widescreen), for every format; landscape is its natural way up.
 */
public enum Paper {
    A4(595.28, 841.89),
    A3(841.89, 1190.55),
    LETTER(612, 792),
    WIDE(540, 960);

    private final double width;
    private final double height;

    Paper(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public PageSize size(boolean landscape) {
        return landscape ? new PageSize(height, width) : new PageSize(width, height);
    }

    /** Parses "a4", "A3", "letter", "16:9" (or "wide"). */
    public static Paper parse(String name) {
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.equals("16:9") || n.equals("16X9")) {
            return WIDE;
        }
        try {
            return valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown paper '" + name + "': use a4, a3, letter or 16:9");
        }
    }

    /** How a person names the size: "A4", "Letter", "16:9". */
    public String label() {
        return switch (this) {
            case WIDE -> "16:9";
            case LETTER -> "Letter";
            default -> name();
        };
    }

    /** A page's width and height in points. */
    public record PageSize(double width, double height) {}
}
