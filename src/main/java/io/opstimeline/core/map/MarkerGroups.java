package io.opstimeline.core.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers places that would overlap on screen into one marker with a count, so a crowded area
 * reads as "12" rather than a smudge. A grid of cells the size of the crowding distance makes it
 * one pass over the places: a place joins a group already started in its cell or a neighbouring
 * one if it lies within the distance of that group's first place, else starts its own.
 */
public final class MarkerGroups {
    private MarkerGroups() {}

    public static List<MarkerGroup> group(List<PlaceRecords> places, MapProjection view, double crowdPixels) {
        // Busy places first, so a group sits on its busiest member rather than on whichever came first.
        List<PlaceRecords> order = new ArrayList<>(places);
        order.sort((a, b) -> Integer.compare(b.events().size(), a.events().size()));
        Map<Long, List<Integer>> cells = new HashMap<>();
        List<double[]> anchors = new ArrayList<>();
        List<List<PlaceRecords>> members = new ArrayList<>();
        for (PlaceRecords p : order) {
            double x = view.x(p.place().longitude());
            double y = view.y(p.place().latitude());
            long cx = (long) Math.floor(x / crowdPixels);
            long cy = (long) Math.floor(y / crowdPixels);
            int joined = -1;
            for (long i = cx - 1; i <= cx + 1 && joined < 0; i++) {
                for (long j = cy - 1; j <= cy + 1 && joined < 0; j++) {
                    for (int g : cells.getOrDefault(key(i, j), List.of())) {
                        double[] a = anchors.get(g);
                        if (Math.hypot(a[0] - x, a[1] - y) < crowdPixels) {
                            joined = g;
                            break;
                        }
                    }
                }
            }
            if (joined >= 0) {
                members.get(joined).add(p);
            } else {
                anchors.add(new double[] {x, y});
                List<PlaceRecords> list = new ArrayList<>();
                list.add(p);
                members.add(list);
                cells.computeIfAbsent(key(cx, cy), k -> new ArrayList<>()).add(anchors.size() - 1);
            }
        }
        List<MarkerGroup> out = new ArrayList<>();
        for (int g = 0; g < anchors.size(); g++) {
            int count = members.get(g).stream().mapToInt(p -> p.events().size()).sum();
            out.add(new MarkerGroup(anchors.get(g)[0], anchors.get(g)[1], radiusFor(count), members.get(g)));
        }
        return out;
    }

    /** Grows with the count but slowly (square root), so one busy place does not cover its neighbours. */
    static double radiusFor(int count) {
        return Math.min(22, 6 + 3 * Math.sqrt(Math.max(0, count - 1)));
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xffffffffL);
    }
}
