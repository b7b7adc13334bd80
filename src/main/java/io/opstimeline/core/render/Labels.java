package io.opstimeline.core.render;

import java.text.BreakIterator;
import java.util.Locale;

/** Shortens text with an ellipsis so it fits a width in the surface's current font. */
public final class Labels {
    private Labels() {}

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
     * As {@link #fit}, but cut after a whole word, and empty when fewer than {@code minChars}
     * characters would be left: "Firs…" or "Rasmu…" makes the reader guess, "A…" or a bare "…"
     * tells nothing and crowds the lane. The record's mark is still drawn, and its title is in the
     * tooltip, detail pane and table. Word ends come from the JDK's word boundaries, so scripts
     * written without spaces (CJK) still cut between characters.
     */
    public static String fitOrNothing(Surface s, String text, double maxWidth, int minChars) {
        String fitted = fit(s, text, maxWidth);
        if (fitted.equals(text)) {
            return text;
        }
        String kept = wholeWords(text, fitted.length() - 1);
        int count = kept.codePointCount(0, kept.length());
        return count == 0 || count < Math.min(minChars, text.codePointCount(0, text.length())) ? "" : kept + "\u2026";
    }

    /** The text up to {@code end}, backed off to the last word boundary, without trailing spaces or punctuation. */
    private static String wholeWords(String text, int end) {
        BreakIterator words = BreakIterator.getWordInstance(Locale.ROOT);
        words.setText(text);
        int cut = words.isBoundary(end) ? end : Math.max(0, words.preceding(end));
        int keep = cut;
        while (keep > 0) {
            int cp = text.codePointBefore(keep);
            if (Character.isLetterOrDigit(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || cp == ')') {
                break;
            }
            keep -= Character.charCount(cp);
        }
        return text.substring(0, keep);
    }
}
