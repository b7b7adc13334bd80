package io.opstimeline.core.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds the markers that fall outside the view and gives each an arrow on the view's edge, on the
 * line from the centre towards it, so that no record in the window is out of reach: the basemap is
 * a regional cut, and a campaign's decisions are taken in New York and Washington. Arrows that would
 * sit on top of each other along the edge become one, named after its busiest place with "+N".
 */
final class OffMapPointers {
    /** How far inside the edge an arrow's centre sits, so the whole arrow and its hit area show. */
    static final double INSET = 16;
    /** Arrows closer than this along the edge are merged. */
    static final double MERGE_PIXELS = 36;

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private OffMapPointers() {}

    static List<OffMapPointer> of(List<MarkerGroup> groups, MapProjection view) {
        double cx = view.width() / 2;
        double cy = view.height() / 2;
        double halfW = Math.max(1, cx - INSET);
        double halfH = Math.max(1, cy - INSET);
        List<double[]> edges = new ArrayList<>();
        List<MarkerGroup> outside = new ArrayList<>();
        for (MarkerGroup g : groups) {
            if (!g.beyond(view)) {
                continue;
            }
            double vx = g.x() - cx;
            double vy = g.y() - cy;
            double length = Math.hypot(vx, vy);
            // scale the centre-to-marker line down until it meets the inset rectangle
            double t = Math.min(
                    vx == 0 ? Double.MAX_VALUE : halfW / Math.abs(vx),
                    vy == 0 ? Double.MAX_VALUE : halfH / Math.abs(vy));
            edges.add(new double[] {cx + vx * t, cy + vy * t, vx / length, vy / length, Math.atan2(vy, vx)});
            outside.add(g);
        }
        // Round the edge by angle, so neighbours along it are neighbours in the list.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < outside.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> edges.get(i)[4]));
        List<List<Integer>> runs = new ArrayList<>();
        for (int i : order) {
            List<Integer> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && near(edges.get(last.get(0)), edges.get(i))) {
                last.add(i);
            } else {
                List<Integer> run = new ArrayList<>();
                run.add(i);
                runs.add(run);
            }
        }
        if (runs.size() > 1
                && near(
                        edges.get(runs.get(0).get(0)),
                        edges.get(runs.get(runs.size() - 1).get(0)))) {
            runs.get(0).addAll(runs.remove(runs.size() - 1));
        }
        List<OffMapPointer> out = new ArrayList<>();
        for (List<Integer> run : runs) {
            run.sort(Comparator.comparingInt((Integer i) -> outside.get(i).recordCount())
                    .reversed());
            double[] e = edges.get(run.get(0));
            List<MarkerGroup> targets = new ArrayList<>();
            run.forEach(i -> targets.add(outside.get(i)));
            out.add(new OffMapPointer(e[0], e[1], e[2], e[3], label(targets, view), targets));
        }
        return out;
    }

    private static boolean near(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]) < MERGE_PIXELS;
    }

    /** "UN Headquarters, New York 7,200 km" or "Oslo +2 2,800 km": the first place and its distance. */
    private static String label(List<MarkerGroup> targets, MapProjection view) {
        MarkerGroup first = targets.get(0);
        PlaceRecords busiest = first.places().get(0);
        int others = -1;
        for (MarkerGroup g : targets) {
            others += g.places().size();
        }
        double km = kilometres(
                view.lat(view.height() / 2),
                view.lon(view.width() / 2),
                busiest.place().latitude(),
                busiest.place().longitude());
        return busiest.place().name() + (others > 0 ? " +" + others : "") + " " + distance(km);
    }

    static String distance(double km) {
        double rounded =
                km >= 1000 ? Math.round(km / 100) * 100.0 : km >= 100 ? Math.round(km / 10) * 10.0 : Math.round(km);
        return String.format(Locale.ROOT, "%,.0f km", rounded);
    }

    /** Great-circle distance (haversine on a sphere of the mean Earth radius). */
    static double kilometres(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
