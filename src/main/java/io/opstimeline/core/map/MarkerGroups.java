package io.opstimeline.core.map;

import io.opstimeline.core.model.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers places that would overlap on screen into one marker with a count, so a crowded area
 * reads as "12" rather than a smudge. A grid of cells the size of the crowding distance makes it
 * one pass over the places, busiest first: a place joins a group already started in its cell or a
 * neighbouring one if it lies within the distance of that group's first place, else starts its
 * own. Places well beyond the view are gathered by their bearing from its centre: they show only
 * as edge arrows.
 *
 * <p>The window's records from one dataset are grouped as all of the dataset's places group at
 * the view ({@link Layout}, made once a view): a marker then holds the same places, and stays where
 * it is, while the timeline's window moves or plays, instead of its crowds forming anew from
 * whichever places have records at the moment. It sits on its group's busiest place over the
 * dataset, so every place it stands for lies within the crowding distance of it.
 */
public final class MarkerGroups {
    /** Bearings from the view's centre that places well beyond it are gathered by (half a degree each). */
    private static final int BEARINGS = 720;
    /** How far beyond the view, in crowding distances, a place counts as well beyond it. */
    private static final double FAR_CROWDS = 3;

    private MarkerGroups() {}

    /**
     * Which group each of a dataset's places falls in at one view, how many groups there are, and
     * where each sits: on its anchor, the group's busiest place over the whole dataset.
     */
    record Layout(
            MapProjection view,
            double crowdPixels,
            int[] groupOf,
            int groups,
            double[] anchorX,
            double[] anchorY,
            int[] anchorPlace) {}

    /** Clusters all of {@code places}, busiest ({@code weight}) first, at a view. */
    static Layout layout(List<Place> places, int[] weight, MapProjection view, double crowdPixels) {
        int n = places.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = view.x(places.get(i).longitude());
            ys[i] = view.y(places.get(i).latitude());
        }
        int[] groupOf = new int[n];
        double[] anchorX = new double[n];
        double[] anchorY = new double[n];
        int[] anchorPlace = new int[n];
        int groups = cluster(xs, ys, busiestFirst(weight), view, crowdPixels, groupOf, anchorX, anchorY, anchorPlace);
        return new Layout(view, crowdPixels, groupOf, groups, anchorX, anchorY, anchorPlace);
    }

    public static List<MarkerGroup> group(List<PlaceRecords> places, MapProjection view, double crowdPixels) {
        int n = places.size();
        int[] counts = new int[n];
        for (int i = 0; i < n; i++) {
            counts[i] = places.get(i).events().size();
        }
        long[] order = busiestFirst(counts);
        int[] groupOf = new int[n];
        double[] anchorX = new double[n];
        double[] anchorY = new double[n];
        int[] anchorPlace = new int[n];
        int groups = n == 0
                ? 0
                : intoLayout(
                        places,
                        order,
                        sourceOf(places).layout(view, crowdPixels),
                        groupOf,
                        anchorX,
                        anchorY,
                        anchorPlace);
        List<List<PlaceRecords>> members = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>(2));
        }
        for (long packed : order) {
            int p = (int) packed;
            List<PlaceRecords> group = members.get(groupOf[p]);
            // the anchor first when it has records: the marker is named after the place it sits on
            boolean anchor = places.get(p).placeNumber() == anchorPlace[groupOf[p]];
            group.add(anchor ? 0 : group.size(), places.get(p));
        }
        List<MarkerGroup> out = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            MarkerGroup unsized = new MarkerGroup(anchorX[g], anchorY[g], 0, members.get(g));
            out.add(new MarkerGroup(
                    anchorX[g],
                    anchorY[g],
                    radiusFor(unsized.recordCount()),
                    unsized.places(),
                    unsized.recordCount(),
                    unsized.matchingCount()));
        }
        return out;
    }

    /**
     * Sorts the window's places, busiest first, into the dataset's groups at this view, each group
     * on its anchor whatever the window holds; fills the window's group of each place and each
     * group's position and anchor place, and returns how many groups have records.
     */
    private static int intoLayout(
            List<PlaceRecords> places,
            long[] order,
            Layout layout,
            int[] groupOf,
            double[] anchorX,
            double[] anchorY,
            int[] anchorPlace) {
        int[] slot = new int[layout.groups()];
        Arrays.fill(slot, -1);
        int groups = 0;
        for (long packed : order) {
            int p = (int) packed;
            int g = layout.groupOf()[places.get(p).placeNumber()];
            if (slot[g] < 0) {
                slot[g] = groups;
                anchorX[groups] = layout.anchorX()[g];
                anchorY[groups] = layout.anchorY()[g];
                anchorPlace[groups] = layout.anchorPlace()[g];
                groups++;
            }
            groupOf[p] = slot[g];
        }
        return groups;
    }

    /** The index the places' records came from: one window query's, whose layout they group by. */
    private static PlaceIndex sourceOf(List<PlaceRecords> places) {
        PlaceIndex source = places.get(0).source();
        for (PlaceRecords p : places) {
            if (p.source() != source) {
                throw new IllegalArgumentException("places from more than one window query");
            }
        }
        return source;
    }

    /**
     * Indices by weight, heaviest first, ties in the given order, as packed longs (a map may hold
     * 5,000 places): a group sits on its busiest member rather than on whichever came first.
     */
    private static long[] busiestFirst(int[] weight) {
        long[] order = new long[weight.length];
        for (int i = 0; i < weight.length; i++) {
            order[i] = ((long) (Integer.MAX_VALUE - weight[i]) << 32) | i;
        }
        Arrays.sort(order);
        return order;
    }

    /**
     * Fills {@code groupOf} for places at screen positions (xs, ys), taken in {@code order}, and
     * each group's first place's position; returns how many groups.
     */
    private static int cluster(
            double[] xs,
            double[] ys,
            long[] order,
            MapProjection view,
            double crowdPixels,
            int[] groupOf,
            double[] anchorX,
            double[] anchorY,
            int[] anchorPlace) {
        Map<Long, int[]> cells = new HashMap<>();
        int groups = 0;
        int[] groupOfBearing = new int[BEARINGS];
        Arrays.fill(groupOfBearing, -1);
        double far = FAR_CROWDS * crowdPixels;
        for (long packed : order) {
            int p = (int) packed;
            double x = xs[p];
            double y = ys[p];
            if (x < -far || y < -far || x > view.width() + far || y > view.height() + far) {
                // Well beyond the view only an edge arrow shows a marker: one group per bearing
                // from the centre, finer than arrows merge, instead of thousands of crowds no one sees.
                int bearing = bearing(x - view.width() / 2, y - view.height() / 2);
                if (groupOfBearing[bearing] < 0) {
                    groupOfBearing[bearing] = groups;
                    anchorX[groups] = x;
                    anchorY[groups] = y;
                    anchorPlace[groups] = p;
                    groups++;
                }
                groupOf[p] = groupOfBearing[bearing];
                continue;
            }
            long cx = (long) Math.floor(x / crowdPixels);
            long cy = (long) Math.floor(y / crowdPixels);
            int joined = -1;
            for (long i = cx - 1; i <= cx + 1 && joined < 0; i++) {
                for (long j = cy - 1; j <= cy + 1 && joined < 0; j++) {
                    int[] cell = cells.get(key(i, j));
                    for (int k = 1; cell != null && k <= cell[0]; k++) {
                        int g = cell[k];
                        if (Math.hypot(anchorX[g] - x, anchorY[g] - y) < crowdPixels) {
                            joined = g;
                            break;
                        }
                    }
                }
            }
            if (joined < 0) {
                joined = groups++;
                anchorX[joined] = x;
                anchorY[joined] = y;
                anchorPlace[joined] = p;
                cells.merge(key(cx, cy), new int[] {1, joined}, MarkerGroups::append);
            }
            groupOf[p] = joined;
        }
        return groups;
    }

    private static int bearing(double dx, double dy) {
        double turns = (Math.atan2(dy, dx) + Math.PI) / (2 * Math.PI);
        return Math.min(BEARINGS - 1, (int) (turns * BEARINGS));
    }

    /** A cell's groups as {count, group...}, grown when full. */
    private static int[] append(int[] cell, int[] one) {
        int[] out = cell[0] + 1 < cell.length ? cell : Arrays.copyOf(cell, cell.length * 2);
        out[++out[0]] = one[1];
        return out;
    }

    /** Grows with the count but slowly (square root), so one busy place does not cover its neighbours. */
    static double radiusFor(int count) {
        return Math.min(22, 6 + 3 * Math.sqrt(Math.max(0, count - 1)));
    }

    /**
     * A cell's key, one per cell. Multiplying by an odd constant keeps keys distinct and spreads
     * them: {@code Long.hashCode} of the bare packing is {@code i ^ j}, so every cell on a diagonal
     * shared a hash bucket and a frame of 5,000 places walked long chains.
     */
    private static long key(long i, long j) {
        return ((i << 32) ^ (j & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    }
}
