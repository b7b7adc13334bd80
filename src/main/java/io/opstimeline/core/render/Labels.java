package io.opstimeline.core.render;

/** Shortens text with an ellipsis so it fits a width in the surface's current font. */
public final class Labels {
    private Labels() {
    }

    public static String fit(Surface s, String text, double maxWidth) {
        if (s.textWidth(text) <= maxWidth) {
            return text;
        }
        // counted in code points, so a character outside the BMP (CJK extensions, emoji) is never cut in half
        int lo = 0;
        int hi = text.codePointCount(0, text.length());
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.textWidth(text.substring(0, text.offsetByCodePoints(0, mid)) + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, text.offsetByCodePoints(0, lo)).stripTrailing() + "…";
    }

    /**
     * As {@link #fit}, but empty when fewer than {@code minChars} characters of the text would be
     * left before the ellipsis: "A…" or a bare "…" tells the reader nothing and crowds the lane; the
     * record's mark is still drawn, and its title is in the tooltip, detail pane and table.
     */
    public static String fitOrNothing(Surface s, String text, double maxWidth, int minChars) {
        String fitted = fit(s, text, maxWidth);
        if (fitted.equals(text)) {
            return text;
        }
        int kept = fitted.codePointCount(0, fitted.length()) - 1;
        return kept < Math.min(minChars, text.codePointCount(0, text.length())) ? "" : fitted;
    }
}
