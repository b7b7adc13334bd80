package io.opstimeline.core.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers places that would overlap on screen into one marker with a count, so a crowded area
 * reads as "12" rather than a smudge. A grid of cells the size of the crowding distance makes it
 * one pass over the places: a place joins a group already started in its cell or a neighbouring
 * one if it lies within the distance of that group's first place, else starts its own. Places well
 * beyond the view are gathered by their bearing from its centre: they show only as edge arrows.
 */
public final class MarkerGroups {
    private MarkerGroups() {}

    public static List<MarkerGroup> group(List<PlaceRecords> places, MapProjection view, double crowdPixels) {
        int n = places.size();
        // Busy places first, so a group sits on its busiest member rather than on whichever came
        // first; ties keep the places' order. Sorted as packed longs: a map may hold 5,000 places.
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = ((long) (Integer.MAX_VALUE - places.get(i).events().size()) << 32) | i;
        }
        Arrays.sort(order);
        Map<Long, int[]> cells = new HashMap<>();
        double[] anchorX = new double[n];
        double[] anchorY = new double[n];
        int[] groupOf = new int[n];
        int groups = 0;
        int[] groupOfBearing = new int[BEARINGS];
        Arrays.fill(groupOfBearing, -1);
        double far = FAR_CROWDS * crowdPixels;
        for (long packed : order) {
            int p = (int) packed;
            double x = view.x(places.get(p).place().longitude());
            double y = view.y(places.get(p).place().latitude());
            if (x < -far || y < -far || x > view.width() + far || y > view.height() + far) {
                // Well beyond the view only an edge arrow shows a marker: one group per bearing
                // from the centre, finer than arrows merge, instead of thousands of crowds no one sees.
                int bearing = bearing(x - view.width() / 2, y - view.height() / 2);
                if (groupOfBearing[bearing] < 0) {
                    groupOfBearing[bearing] = groups;
                    anchorX[groups] = x;
                    anchorY[groups] = y;
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
                cells.merge(key(cx, cy), new int[] {1, joined}, MarkerGroups::append);
            }
            groupOf[p] = joined;
        }
        List<List<PlaceRecords>> members = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>(2));
        }
        for (long packed : order) {
            int p = (int) packed;
            members.get(groupOf[p]).add(places.get(p));
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

    /** Bearings from the view's centre that places well beyond it are gathered by (half a degree each). */
    private static final int BEARINGS = 720;
    /** How far beyond the view, in crowding distances, a place counts as well beyond it. */
    private static final double FAR_CROWDS = 3;

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
