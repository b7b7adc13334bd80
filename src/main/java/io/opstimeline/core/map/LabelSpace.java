package io.opstimeline.core.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Where on the map a label may go: inside the view, not over a label or an edge arrow already
 * placed, and not over another marker's middle, so that every name, count and arrow drawn can be
 * read (a name running past a page's map panel was cut there: "ota naval base").
 */
final class LabelSpace {
    /** Taken rectangles as {x, y, w, h}. */
    private final List<double[]> taken = new ArrayList<>();

    private final List<MarkerGroup> markers;
    private final double width;
    private final double height;
    /** Half the width of a marker's count ("999", "12k") in the small font, about. */
    private static final double COUNT_RADIUS = 9;

    /** {@code markers}: those drawn in the view; a label should cover none of them but its own. */
    LabelSpace(List<MarkerGroup> markers, double width, double height) {
        this.markers = markers;
        this.width = width;
        this.height = height;
    }

    /**
     * The first of {@code tries} (top-left corners) where a {@code w} x {@code h} label overlaps no
     * label or arrow placed and covers no marker's count but {@code own}'s; null when none is free.
     */
    double[] firstFree(List<double[]> tries, double w, double h, MarkerGroup own) {
        for (double[] at : tries) {
            if (inView(at[0], at[1], w, h)
                    && clearOfLabels(at[0], at[1], w, h)
                    && clearOfCounts(at[0], at[1], w, h, own)) {
                return at;
            }
        }
        return null;
    }

    /** The first of {@code tries} wholly in the view, whatever it covers; else the first moved into it. */
    double[] firstInView(List<double[]> tries, double w, double h) {
        for (double[] at : tries) {
            if (inView(at[0], at[1], w, h)) {
                return at;
            }
        }
        double[] first = tries.get(0);
        return new double[] {Math.max(0, Math.min(width - w, first[0])), Math.max(0, Math.min(height - h, first[1]))};
    }

    private boolean inView(double x, double y, double w, double h) {
        return x >= 0 && y >= 0 && x + w <= width && y + h <= height;
    }

    void take(double x, double y, double w, double h) {
        taken.add(new double[] {x, y, w, h});
    }

    /** True when the rectangle overlaps no label or arrow already placed. */
    private boolean clearOfLabels(double x, double y, double w, double h) {
        for (double[] t : taken) {
            if (x < t[0] + t[2] && t[0] < x + w && y < t[1] + t[3] && t[1] < y + h) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the rectangle covers the middle of no marker but {@code own} (null for none): the
     * count written there, or the whole of a small marker. A name may overlap a big marker's rim.
     */
    private boolean clearOfCounts(double x, double y, double w, double h, MarkerGroup own) {
        for (MarkerGroup m : markers) {
            if (m == own) {
                continue;
            }
            double r = Math.min(m.radius() + 1.5, COUNT_RADIUS);
            double nearX = Math.max(x, Math.min(m.x(), x + w));
            double nearY = Math.max(y, Math.min(m.y(), y + h));
            double dx = m.x() - nearX;
            double dy = m.y() - nearY;
            if (dx * dx + dy * dy < r * r) {
                return false;
            }
        }
        return true;
    }
}
