package io.opstimeline.core.map;

import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Draws the map onto any {@link Surface}: sea, land and borders from the {@link Basemap}, the
 * graticule, the records at their places (one marker per crowd, with its count, in the colour of
 * its most frequent kind), a ring around the selected record's places, a scale bar and the credit.
 * The screen and every export call the same method, so an exported map is the one seen.
 */
public final class MapPainter {
    /** Places closer than this on screen share one marker. */
    public static final double CROWD_PIXELS = 18;

    /** What the map shows beside the basemap. {@code kindColor} gives a record kind's colour. */
    public record Content(List<PlaceRecords> places, Function<String, Rgb> kindColor, Set<String> selectedIds) {
    }

    /**
     * One frame as drawn: every marker (those beyond the view's edges too, at their off-screen
     * positions) and the arrows on the edges that stand for the markers beyond them.
     */
    public record Frame(List<MarkerGroup> markers, List<OffMapPointer> pointers) {
        public Frame {
            markers = List.copyOf(markers);
            pointers = List.copyOf(pointers);
        }
    }

    /** Draws one frame and returns the markers as drawn, for hit testing. */
    public List<MarkerGroup> paint(Surface s, MapProjection view, Basemap basemap, MapStyle style, Content content) {
        return paintFrame(s, view, basemap, style, content).markers();
    }

    /** Draws one frame and returns its markers and its edge arrows, for hit testing. */
    public Frame paintFrame(Surface s, MapProjection view, Basemap basemap, MapStyle style, Content content) {
        s.setFill(style.sea(), 1);
        s.fillRect(0, 0, view.width(), view.height());
        drawLand(s, view, basemap, style);
        shadeOutside(s, view, basemap.bounds(), style);
        MapDecorations.graticule(s, view, style);
        List<MarkerGroup> groups = MarkerGroups.group(content.places(), view, CROWD_PIXELS);
        for (MarkerGroup g : groups) {
            drawMarker(s, g, style, content);
        }
        // Names after all markers, busiest first, each only where it overlaps no name already drawn.
        List<double[]> taken = new ArrayList<>();
        for (MarkerGroup g : groups) {
            if (!OffMapPointers.outside(g, view)) {
                drawName(s, g, style, taken);
            }
        }
        List<OffMapPointer> pointers = OffMapPointers.of(groups, view);
        for (OffMapPointer p : pointers) {
            drawPointer(s, p, view, style, content);
        }
        MapDecorations.scaleBar(s, view, style);
        MapDecorations.credit(s, view, style);
        return new Frame(groups, pointers);
    }

    /** An arrow on the edge towards markers beyond it, with the name and distance of the nearest. */
    private static void drawPointer(Surface s, OffMapPointer p, MapProjection view, MapStyle style, Content content) {
        double px = -p.dy();
        double py = p.dx();
        double[] xs = {p.x() + p.dx() * 9, p.x() - p.dx() * 5 + px * 7, p.x() - p.dx() * 5 - px * 7};
        double[] ys = {p.y() + p.dy() * 9, p.y() - p.dy() * 5 + py * 7, p.y() - p.dy() * 5 - py * 7};
        boolean selected = p.records().stream().anyMatch(e -> content.selectedIds().contains(e.id()));
        s.setFill(dominantColor(p.targets().get(0), content), 0.9);
        s.fillPolygon(xs, ys);
        s.setStroke(selected ? style.selection() : style.panel(), 1, selected ? 3 : 1.5);
        s.strokePolygon(xs, ys);
        s.setFont(FontSpec.SMALL);
        double w = s.textWidth(p.label()) + 4;
        double anchorX = p.x() - p.dx() * 14;
        double left = p.dx() > 0.5 ? anchorX - w : p.dx() < -0.5 ? anchorX : anchorX - w / 2;
        left = Math.max(2, Math.min(view.width() - w - 2, left));
        double top = Math.max(2, Math.min(view.height() - 16, p.y() - p.dy() * 16 - 7));
        s.setFill(style.panel(), 0.8);
        s.fillRect(left, top, w, 14);
        s.setFill(style.text(), 1);
        s.fillText(p.label(), left + 2, top + 11);
    }

    private static void drawLand(Surface s, MapProjection view, Basemap basemap, MapStyle style) {
        s.setFill(style.land(), 1);
        for (double[] ring : basemap.land()) {
            int n = ring.length / 2;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = view.x(ring[2 * i]);
                ys[i] = view.y(ring[2 * i + 1]);
            }
            s.fillPolygon(xs, ys);
        }
        // Coasts as lines, leaving out the straight edges where the region's cut crosses land.
        s.setStroke(style.coast(), 1, 1);
        GeoBounds b = basemap.bounds();
        for (double[] ring : basemap.land()) {
            int n = ring.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                double lon1 = ring[2 * i];
                double lat1 = ring[2 * i + 1];
                double lon2 = ring[2 * j];
                double lat2 = ring[2 * j + 1];
                if (onSameEdge(b, lon1, lat1, lon2, lat2)) {
                    continue;
                }
                s.line(view.x(lon1), view.y(lat1), view.x(lon2), view.y(lat2));
            }
        }
        s.setStroke(style.border(), 1, 1);
        s.setLineDash(4, 3);
        for (double[] line : basemap.borders()) {
            for (int i = 0; i + 3 < line.length; i += 2) {
                s.line(view.x(line[i]), view.y(line[i + 1]), view.x(line[i + 2]), view.y(line[i + 3]));
            }
        }
        s.setLineDash();
    }

    /** Greys what lies beyond the basemap's cut, so no one reads it as open sea. */
    private static void shadeOutside(Surface s, MapProjection view, GeoBounds b, MapStyle style) {
        double left = view.x(b.west());
        double right = view.x(b.east());
        double top = view.y(b.north());
        double bottom = view.y(b.south());
        s.setFill(style.grid(), 0.35);
        if (left > 0) {
            s.fillRect(0, 0, left, view.height());
        }
        if (right < view.width()) {
            s.fillRect(right, 0, view.width() - right, view.height());
        }
        double l = Math.max(0, left);
        double w = Math.min(view.width(), right) - l;
        if (w > 0 && top > 0) {
            s.fillRect(l, 0, w, top);
        }
        if (w > 0 && bottom < view.height()) {
            s.fillRect(l, bottom, w, view.height() - bottom);
        }
    }

    private static boolean onSameEdge(GeoBounds b, double lon1, double lat1, double lon2, double lat2) {
        double e = 1e-6;
        return (Math.abs(lon1 - b.west()) < e && Math.abs(lon2 - b.west()) < e)
                || (Math.abs(lon1 - b.east()) < e && Math.abs(lon2 - b.east()) < e)
                || (Math.abs(lat1 - b.south()) < e && Math.abs(lat2 - b.south()) < e)
                || (Math.abs(lat1 - b.north()) < e && Math.abs(lat2 - b.north()) < e);
    }

    private static void drawMarker(Surface s, MarkerGroup g, MapStyle style, Content content) {
        boolean faded = g.matchingCount() == 0;
        double alpha = faded ? 0.3 : 0.9;
        double r = g.radius();
        boolean selected = g.records().stream().anyMatch(e -> content.selectedIds().contains(e.id()));
        if (selected) {
            s.setStroke(style.selection(), 1, 3);
            s.strokePolygon(circle(g.x(), g.y(), r + 4, 0), circle(g.x(), g.y(), r + 4, 1));
        }
        s.setFill(dominantColor(g, content), alpha);
        s.fillOval(g.x() - r, g.y() - r, 2 * r, 2 * r);
        s.setStroke(style.panel(), alpha, 1.5);
        s.strokePolygon(circle(g.x(), g.y(), r, 0), circle(g.x(), g.y(), r, 1));
        int count = g.recordCount();
        if (count > 1) {
            String text = count > 999 ? (count / 1000) + "k" : Integer.toString(count);
            s.setFont(FontSpec.SMALL);
            s.setFill(Rgb.parse("#ffffff"), faded ? 0.6 : 1);
            s.fillText(text, g.x() - s.textWidth(text) / 2, g.y() + 4);
        }
    }

    private static void drawName(Surface s, MarkerGroup g, MapStyle style, List<double[]> taken) {
        String name = g.places().size() == 1 ? g.places().get(0).place().name()
                : g.places().get(0).place().name() + " +" + (g.places().size() - 1);
        s.setFont(FontSpec.SMALL);
        double w = s.textWidth(name) + 4;
        double x = g.x() + g.radius() + 2;
        double y = g.y() - 7;
        for (double[] t : taken) {
            if (x < t[0] + t[2] && t[0] < x + w && y < t[1] + t[3] && t[1] < y + 14) {
                return;
            }
        }
        taken.add(new double[] {x, y, w, 14});
        s.setFill(style.panel(), 0.7);
        s.fillRect(x, y, w, 14);
        s.setFill(style.text(), g.matchingCount() == 0 ? 0.5 : 1);
        s.fillText(name, x + 2, g.y() + 4);
    }

    private static Rgb dominantColor(MarkerGroup g, Content content) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (Event e : g.records()) {
            int c = counts.merge(e.kind(), 1, Integer::sum);
            if (best == null || c > counts.get(best)) {
                best = e.kind();
            }
        }
        Rgb color = best == null ? null : content.kindColor().apply(best);
        return color == null ? Rgb.parse("#4e79a7") : color;
    }

    /** A circle as a polygon, for backends whose Surface has no oval stroke: {@code axis} 0 gives xs, 1 ys. */
    private static double[] circle(double cx, double cy, double r, int axis) {
        int n = 24;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            out[i] = axis == 0 ? cx + r * Math.cos(a) : cy + r * Math.sin(a);
        }
        return out;
    }
}
