package io.opstimeline.core.export;

import io.opstimeline.core.render.Labels;
import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.List;

/** Shortening and wrapping text to widths measured in the surface's current font. */
public final class TextFit {
    private TextFit() {}

    public static String ellipsize(Surface s, String text, double maxWidth) {
        return Labels.fit(s, text, maxWidth);
    }

    /**
     * Greedy word wrap; a word longer than the width is ellipsized on its own line. Widths are added
     * word by word (measuring each growing line would be quadratic in a long source list), so a
     * line is checked in full only when the sum comes close to the width.
     */
    public static List<String> wrap(Surface s, String text, double maxWidth) {
        List<String> lines = new ArrayList<>();
        double space = s.textWidth(" ");
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            for (String word : para.trim().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                double wordWidth = s.textWidth(word);
                double sum = line.length() == 0 ? wordWidth : lineWidth + space + wordWidth;
                boolean fits = sum <= maxWidth * 0.98
                        || (sum <= maxWidth * 1.02 && s.textWidth(line + " " + word) <= maxWidth);
                if (fits) {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    lineWidth = sum;
                } else {
                    if (line.length() > 0) {
                        lines.add(line.toString());
                    }
                    line.setLength(0);
                    String fitted = ellipsize(s, word, maxWidth);
                    line.append(fitted);
                    lineWidth = fitted.equals(word) ? wordWidth : s.textWidth(fitted);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
