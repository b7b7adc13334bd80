package io.opstimeline.core.export;

import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.List;

/** Shortening and wrapping text to widths measured in the surface's current font. */
public final class TextFit {
    private TextFit() {
    }

    public static String ellipsize(Surface s, String text, double maxWidth) {
        if (s.textWidth(text) <= maxWidth) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (s.textWidth(text.substring(0, mid) + "\u2026") <= maxWidth) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "\u2026";
    }

    /** Greedy word wrap; a word longer than the width is ellipsized on its own line. */
    public static List<String> wrap(Surface s, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (s.textWidth(candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    line.append(ellipsize(s, word, maxWidth));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
