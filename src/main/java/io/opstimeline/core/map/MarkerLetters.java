package io.opstimeline.core.map;

import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.List;

/**
 * The letters a printed map puts beside its markers (A, B, ... Z, AA, ...) so that its key can say
 * which records lie where: every marker in the view gets one, placed before the names so that a
 * name gives way to a letter, never the other way round.
 */
public final class MarkerLetters {
    private static final FontSpec FONT = new FontSpec(11, true);
    private static final double HEIGHT = 14;

    private MarkerLetters() {}

    /** The letters of the marker at {@code index} in a frame's markers: short enough to sit beside it. */
    public static String of(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index;
        do {
            sb.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return sb.toString();
    }

    /**
     * The letter on a small plate left of the marker, or above, below, at a corner or further left
     * when that covers another label, arrow or marker's count; on the first place inside the map when
     * none is free, since the key refers to it.
     */
    static void draw(Surface s, MarkerGroup g, String letters, MapStyle style, LabelSpace space) {
        s.setFont(FONT);
        double w = s.textWidth(letters) + 6;
        double r = g.radius();
        double h = HEIGHT;
        List<double[]> tries = List.of(
                new double[] {g.x() - r - w - 1, g.y() - h / 2},
                new double[] {g.x() - w / 2, g.y() - r - h - 1},
                new double[] {g.x() - w / 2, g.y() + r + 1},
                new double[] {g.x() - r - w - 1, g.y() - r - h},
                new double[] {g.x() - r - w - 1, g.y() + r},
                new double[] {g.x() + r + 1, g.y() - r - h},
                new double[] {g.x() + r + 1, g.y() + r},
                new double[] {g.x() - r - 2 * w - 3, g.y() - h / 2});
        double[] free = space.firstFree(tries, w, h, g);
        double[] at = free != null ? free : space.firstInView(tries, w, h);
        space.take(at[0], at[1], w, h);
        s.setFill(style.text(), 0.85);
        s.fillRect(at[0], at[1], w, h);
        s.setFill(style.panel(), 1);
        s.fillText(letters, at[0] + 3, at[1] + h - 3.5);
    }
}
