package io.opstimeline.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where each drawn record ended up, so a click finds the record under the pointer from the same
 * layout that drew it. Later entries were drawn on top and win.
 */
public final class HitMap {
    /** One drawn record's box. */
    public record Box(String eventId, double x, double y, double w, double h) {
        boolean contains(double px, double py, double slack) {
            return px >= x - slack && px <= x + w + slack && py >= y - slack && py <= y + h + slack;
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /**
     * A drawn count badge, in a lane or (for a one-row lane) as its header's "+N": the records it
     * stands for are {@code rows} of {@link #store()}, or, when {@code rows} is null (a dense lane's
     * time bucket), those of {@code lane} overlapping [from, to).
     */
    public record ClusterBox(
            int count, long from, long to, double x, double y, double w, double h, int lane, int[] rows) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }
    }

    /** A lane's header in the gutter: its full name, where it is and how many of its records are in view. */
    public record LaneBox(int lane, String label, double y, double h, int inView) {
        public boolean contains(double py) {
            return py >= y && py < y + h;
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<ClusterBox> clusters = new ArrayList<>();
    private final List<LaneBox> lanes = new ArrayList<>();
    /** Store row of each box, in step with {@code boxes} (-1 where not known). */
    private int[] boxRows = new int[64];

    private final io.opstimeline.core.index.ItemStore store;

    /** An empty map (nothing drawn yet). */
    public HitMap() {
        this(null);
    }

    /** A map of a frame drawn from {@code store} (the rows a badge lists are rows of it). */
    public HitMap(io.opstimeline.core.index.ItemStore store) {
        this.store = store;
    }

    /** The store whose rows this frame drew (in hide mode, the filter's matching rows); null if none. */
    public io.opstimeline.core.index.ItemStore store() {
        return store;
    }

    void addCluster(int count, long from, long to, double x, double y, double w, double h, int lane, int[] rows) {
        clusters.add(new ClusterBox(count, from, to, x, y, w, h, lane, rows));
    }

    void addLane(int lane, String label, double y, double h, int inView) {
        lanes.add(new LaneBox(lane, label, y, h, inView));
    }

    /** Lane headers, top to bottom. */
    public List<LaneBox> lanes() {
        return List.copyOf(lanes);
    }

    /** The rows of {@link #store()} a badge stands for, in time order. */
    public int[] rowsOf(ClusterBox badge) {
        if (badge.rows() != null) {
            return badge.rows().clone();
        }
        return store.query(badge.lane(), badge.from(), badge.to());
    }

    /** The count badge under the pointer, if any. */
    public Optional<ClusterBox> clusterAt(double x, double y) {
        for (int i = clusters.size() - 1; i >= 0; i--) {
            if (clusters.get(i).contains(x, y)) {
                return Optional.of(clusters.get(i));
            }
        }
        return Optional.empty();
    }

    public List<ClusterBox> clusters() {
        return List.copyOf(clusters);
    }

    void add(String eventId, double x, double y, double w, double h) {
        add(eventId, -1, x, y, w, h);
    }

    /** A drawn record that is row {@code row} of {@link #store()}. */
    void add(String eventId, int row, double x, double y, double w, double h) {
        boxes.add(new Box(eventId, x, y, w, h));
        if (boxes.size() > boxRows.length) {
            boxRows = java.util.Arrays.copyOf(boxRows, boxRows.length * 2);
        }
        boxRows[boxes.size() - 1] = row;
    }

    public Optional<String> hit(double x, double y) {
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).contains(x, y, 0)) {
                return Optional.of(boxes.get(i).eventId());
            }
        }
        for (int i = boxes.size() - 1; i >= 0; i--) {
            if (boxes.get(i).contains(x, y, 3)) {
                return Optional.of(boxes.get(i).eventId());
            }
        }
        return Optional.empty();
    }

    /**
     * The row of {@link #store()} drawn for a record of this frame, or -1: a walk over what was
     * drawn, not over the store (a tooltip asks on every pointer move, over millions of rows).
     */
    public int drawnRow(String eventId) {
        for (int i = 0; i < boxes.size(); i++) {
            if (boxes.get(i).eventId().equals(eventId)) {
                return boxRows[i];
            }
        }
        return -1;
    }

    public Optional<Box> boxOf(String eventId) {
        return boxes.stream().filter(b -> b.eventId().equals(eventId)).findFirst();
    }

    /** Drawn records from left to right, for keyboard stepping and tests. */
    public List<Box> boxes() {
        return List.copyOf(boxes);
    }
}
