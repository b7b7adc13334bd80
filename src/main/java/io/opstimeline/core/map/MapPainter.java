package io.opstimeline.core.map;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * Names tried per frame, busiest markers first: more than a reader can take in on one screen,
     * and measuring each name's width is what a frame of 100,000 records would otherwise spend.
     */
    static final int MAX_NAMES = 150;

    /**
     * Widths of texts measured on the last surface drawn on: marker counts and place names repeat
     * from frame to frame, and measuring text is the dearest call a frame of many markers makes.
     */
    private final Map<String, Double> widths = new HashMap<>();

    private Surface widthsOf;

    private double width(Surface s, String text) {
        if (s != widthsOf || widths.size() > 4096) {
            widths.clear();
            widthsOf = s;
        }
        return widths.computeIfAbsent(text, s::textWidth);
    }

    /** What the map shows beside the basemap. {@code kindColor} gives a record kind's colour. */
    public record Content(
            List<PlaceRecords> places, Function<String, Rgb> kindColor, Set<String> selectedIds, boolean lettered) {
        /** Content without {@link MarkerLetters}, as the screen shows it. */
        public Content(List<PlaceRecords> places, Function<String, Rgb> kindColor, Set<String> selectedIds) {
            this(places, kindColor, selectedIds, false);
        }
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
        paintBasemap(s, view, basemap, style);
        return paintRecords(s, view, style, content);
    }

    /**
     * The layer that depends on the view alone: sea, land, borders, the shade beyond the cut and
     * the graticule's lines. A screen may keep it while only the timeline's window moves, and may
     * draw it larger than the screen to pan over it; nothing in it is placed by the view's edges.
     */
    public void paintBasemap(Surface s, MapProjection view, Basemap basemap, MapStyle style) {
        s.setFill(style.sea(), 1);
        s.fillRect(0, 0, view.width(), view.height());
        drawLand(s, view, basemap, style);
        shadeOutside(s, view, basemap.bounds(), style);
        MapDecorations.graticuleLines(s, view, style);
    }

    /** The layer over the basemap: the graticule's degrees, markers, names, edge arrows, scale bar and credit. */
    public Frame paintRecords(Surface s, MapProjection view, MapStyle style, Content content) {
        MapDecorations.graticuleLabels(s, view, style);
        List<MarkerGroup> groups = MarkerGroups.group(content.places(), view, CROWD_PIXELS);
        List<MarkerGroup> shown = new ArrayList<>();
        for (MarkerGroup g : groups) {
            if (onScreen(g, view)) {
                drawMarker(s, g, style, content, this::width);
                shown.add(g);
            }
        }
        // Edge arrows before names: an arrow is the only way to what lies beyond the view; a printed
        // map's letters next, as its key refers to them. Then the names, busiest first, each only
        // where it covers no label, arrow, letter or other marker's count.
        LabelSpace space = new LabelSpace(shown, view.width(), view.height());
        for (double[] plate : List.of(MapDecorations.scaleBarBox(view), MapDecorations.creditBox(s, view))) {
            space.take(plate[0], plate[1], plate[2], plate[3]); // drawn last, over anything there
        }
        List<OffMapPointer> pointers = OffMapPointers.of(groups, view);
        for (OffMapPointer p : pointers) {
            drawArrow(s, p, style, content, space);
        }
        for (OffMapPointer p : pointers) {
            drawPointerLabel(s, p, view, style, this::width, space);
        }
        if (content.lettered()) {
            for (int i = 0; i < groups.size(); i++) {
                if (!groups.get(i).beyond(view)) {
                    MarkerLetters.draw(s, groups.get(i), MarkerLetters.of(i), style, space);
                }
            }
        }
        int named = 0;
        for (MarkerGroup g : shown) {
            if (named >= MAX_NAMES) {
                break;
            }
            if (!g.beyond(view)) {
                drawName(s, g, style, space, this::width);
                named++;
            }
        }
        MapDecorations.scaleBar(s, view, style);
        MapDecorations.credit(s, view, style);
        return new Frame(groups, pointers);
    }

    /**
     * Places tried for an arrow's label, nearest first, all touching the arrow: beside it on a side
     * edge, then a line above or below; across it on the top or bottom edge, then to its right or
     * left, then the same a line further in.
     */
    private static List<double[]> pointerLabelTries(OffMapPointer p, MapProjection view, double left, double w) {
        double top = p.y() - p.dy() * 16 - 7;
        List<double[]> tries = new ArrayList<>();
        if (Math.abs(p.dy()) <= 0.5) {
            for (double shift : new double[] {0, 15, -15}) {
                tries.add(new double[] {left, top + shift});
            }
        } else {
            double inward = p.dy() < 0 ? 15 : -15;
            for (double line : new double[] {0, inward}) {
                tries.add(new double[] {left, top + line});
                tries.add(new double[] {p.x() + 10, top + line});
                tries.add(new double[] {p.x() - 10 - w, top + line});
            }
        }
        for (double[] at : tries) {
            at[0] = Math.max(2, Math.min(view.width() - w - 2, at[0]));
            at[1] = Math.max(2, Math.min(view.height() - 16, at[1]));
        }
        return tries;
    }

    /**
     * An arrow on the edge towards markers beyond it, with the name and distance of the nearest.
     * Where arrows crowd, a label moves beside its arrow (see {@link #pointerLabelTries}), and is left
     * out when no place is free (the arrow's hover lists its places and records all the same).
     */
    /** The arrow itself, its box taken before any label is placed, so no label lies under a later arrow. */
    private static void drawArrow(Surface s, OffMapPointer p, MapStyle style, Content content, LabelSpace space) {
        double px = -p.dy();
        double py = p.dx();
        double[] xs = {p.x() + p.dx() * 9, p.x() - p.dx() * 5 + px * 7, p.x() - p.dx() * 5 - px * 7};
        double[] ys = {p.y() + p.dy() * 9, p.y() - p.dy() * 5 + py * 7, p.y() - p.dy() * 5 - py * 7};
        boolean selected = p.holdsAny(content.selectedIds());
        s.setFill(dominantColor(p.targets().get(0), content), 0.9);
        s.fillPolygon(xs, ys);
        s.setStroke(selected ? style.selection() : style.panel(), 1, selected ? 3 : 1.5);
        s.strokePolygon(xs, ys);
        space.take(p.x() - 10, p.y() - 10, 20, 20);
    }

    /** The arrow's label where it is free; where it is not, the name alone; else none (hover lists it). */
    private static void drawPointerLabel(
            Surface s, OffMapPointer p, MapProjection view, MapStyle style, TextWidth width, LabelSpace space) {
        s.setFont(FontSpec.SMALL);
        for (String label : List.of(p.label(), p.shortLabel())) {
            double w = width.of(s, label) + 4;
            double anchorX = p.x() - p.dx() * 14;
            double left = p.dx() > 0.5 ? anchorX - w : p.dx() < -0.5 ? anchorX : anchorX - w / 2;
            left = Math.max(2, Math.min(view.width() - w - 2, left));
            double[] at = space.firstFree(pointerLabelTries(p, view, left, w), w, 14, null);
            if (at != null) {
                space.take(at[0], at[1], w, 14);
                s.setFill(style.panel(), 0.8);
                s.fillRect(at[0], at[1], w, 14);
                s.setFill(style.text(), 1);
                s.fillText(label, at[0] + 2, at[1] + 11);
                return;
            }
        }
    }

    private static void drawLand(Surface s, MapProjection view, Basemap basemap, MapStyle style) {
        List<double[]> land = basemap.land();
        GeoBounds b = basemap.bounds();
        // Each visible ring projected once, thinned to points at least a pixel apart: at campaign
        // scale most of Natural Earth's points fall on the same pixel as their neighbour.
        List<double[][]> rings = new ArrayList<>();
        for (int r = 0; r < land.size(); r++) {
            if (inView(basemap.landBounds().get(r), view)) {
                rings.add(thinned(land.get(r), view));
            }
        }
        s.setFill(style.land(), 1);
        for (double[][] ring : rings) {
            s.fillPolygon(ring[0], ring[1]);
        }
        // Coasts as lines, one path per run between the straight edges where the region's cut
        // crosses land (those are left out: they are not coast).
        s.setStroke(style.coast(), 1, 1);
        for (double[][] ring : rings) {
            strokeCoast(s, ring, b);
        }
        s.setStroke(style.border(), 1, 1);
        s.setLineDash(4, 3);
        for (double[] line : basemap.borders()) {
            double[][] pts = thinned(line, view);
            s.polyline(pts[0], pts[1], pts[0].length);
        }
        s.setLineDash();
    }

    /** Screen points of a shape, {xs, ys, lons, lats}, dropping each point within a pixel of the last kept. */
    private static double[][] thinned(double[] shape, MapProjection view) {
        int n = shape.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] lons = new double[n];
        double[] lats = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double x = view.x(shape[2 * i]);
            double y = view.y(shape[2 * i + 1]);
            boolean last = i == n - 1;
            if (k == 0 || last || Math.abs(x - xs[k - 1]) >= 1 || Math.abs(y - ys[k - 1]) >= 1) {
                xs[k] = x;
                ys[k] = y;
                lons[k] = shape[2 * i];
                lats[k] = shape[2 * i + 1];
                k++;
            }
        }
        return new double[][] {
            Arrays.copyOf(xs, k), Arrays.copyOf(ys, k), Arrays.copyOf(lons, k), Arrays.copyOf(lats, k)
        };
    }

    private static void strokeCoast(Surface s, double[][] ring, GeoBounds b) {
        double[] xs = ring[0];
        double[] ys = ring[1];
        int n = xs.length;
        if (n < 2) {
            return;
        }
        double[] px = new double[n + 1];
        double[] py = new double[n + 1];
        int run = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            if (onSameEdge(b, ring[2][i], ring[3][i], ring[2][j], ring[3][j])) {
                if (run > 0) {
                    px[run] = xs[i];
                    py[run] = ys[i];
                    s.polyline(px, py, run + 1);
                }
                run = 0;
                continue;
            }
            if (run == 0) {
                px[0] = xs[i];
                py[0] = ys[i];
            }
            run++;
            px[run] = xs[j];
            py[run] = ys[j];
        }
        if (run > 0) {
            s.polyline(px, py, run + 1);
        }
    }

    /** Whether a shape's box (west, south, east, north) reaches into the view: the rest is not drawn. */
    private static boolean inView(double[] box, MapProjection view) {
        return view.x(box[2]) >= 0
                && view.x(box[0]) <= view.width()
                && view.y(box[1]) >= 0
                && view.y(box[3]) <= view.height();
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

    private static void drawMarker(Surface s, MarkerGroup g, MapStyle style, Content content, TextWidth width) {
        boolean faded = g.matchingCount() == 0;
        double alpha = faded ? 0.3 : 0.9;
        double r = g.radius();
        boolean selected = g.holdsAny(content.selectedIds());
        if (selected) {
            s.setStroke(style.selection(), 1, 3);
            s.strokePolygon(circle(g.x(), g.y(), r + 4, 0), circle(g.x(), g.y(), r + 4, 1));
        }
        // the outline as a slightly larger disc beneath: one oval, where a stroked 24-gon is a path
        s.fillRingedDisc(g.x(), g.y(), r, 1.5, dominantColor(g, content), alpha, style.panel(), alpha);
        int count = g.recordCount();
        if (count > 1) {
            String text = count > 999 ? (count / 1000) + "k" : Integer.toString(count);
            s.setFont(FontSpec.SMALL);
            s.setFill(Rgb.parse("#ffffff"), faded ? 0.6 : 1);
            s.fillText(text, g.x() - width.of(s, text) / 2, g.y() + 4);
        }
    }

    /**
     * A marker's name: right of it, else left, above or below, wherever it covers no label, arrow or
     * other marker's count; left out where none is free (the hover lists the places all the same).
     */
    private static void drawName(Surface s, MarkerGroup g, MapStyle style, LabelSpace space, TextWidth width) {
        String name = g.places().size() == 1
                ? g.places().get(0).place().name()
                : g.places().get(0).place().name() + " +" + (g.places().size() - 1);
        s.setFont(FontSpec.SMALL);
        double w = width.of(s, name) + 4;
        double r = g.radius();
        List<double[]> tries = List.of(
                new double[] {g.x() + r + 2, g.y() - 7},
                new double[] {g.x() - r - 2 - w, g.y() - 7},
                new double[] {g.x() - w / 2, g.y() - r - 16},
                new double[] {g.x() - w / 2, g.y() + r + 2});
        double[] at = space.firstFree(tries, w, 14, g);
        if (at == null) {
            return;
        }
        space.take(at[0], at[1], w, 14);
        s.setFill(style.panel(), 0.7);
        s.fillRect(at[0], at[1], w, 14);
        s.setFill(style.text(), g.matchingCount() == 0 ? 0.5 : 1);
        s.fillText(name, at[0] + 2, at[1] + 11);
    }

    /** How wide a text is on a surface (the painter's measuring, cached). */
    private interface TextWidth {
        double of(Surface s, String text);
    }

    /** A marker wholly or partly in the view; the others are not drawn (their arrows stand for them). */
    private static boolean onScreen(MarkerGroup g, MapProjection view) {
        double r = g.radius() + 4;
        return g.x() + r >= 0 && g.y() + r >= 0 && g.x() - r <= view.width() && g.y() - r <= view.height();
    }

    private static final Rgb NO_KIND_COLOR = Rgb.parse("#4e79a7");

    private static Rgb dominantColor(MarkerGroup g, Content content) {
        // the places' kind counts summed (a record at two of the group's places counts twice: a
        // colour needs no exact count, and the counts come with the window's query, so no record is walked)
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        int bestCount = 0;
        for (PlaceRecords p : g.places()) {
            for (int k = 0; k < p.kindsPresent(); k++) {
                String kind = p.kind(k);
                int c = g.places().size() == 1 ? p.kindCount(k) : counts.merge(kind, p.kindCount(k), Integer::sum);
                if (c > bestCount || c == bestCount && kind.compareTo(best) < 0) {
                    best = kind;
                    bestCount = c;
                }
            }
        }
        Rgb color = best == null ? null : content.kindColor().apply(best);
        return color == null ? NO_KIND_COLOR : color;
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
