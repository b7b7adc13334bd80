package io.opstimeline.core.render;

/** Shortens text with an ellipsis so it fits a width in the surface's current font. */
public final class Labels {
    private Labels() {
    }

    public static String fit(Surface s, String text, double maxWidth) {
        if (s.textWidth(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.textWidth(text.substring(0, mid) + "…") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "…";
    }
}
