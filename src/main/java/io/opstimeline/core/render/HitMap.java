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

    /** A drawn count badge: clicking it shows its span. */
    public record ClusterBox(int count, long from, long to, double x, double y, double w, double h) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private final List<ClusterBox> clusters = new ArrayList<>();

    void addCluster(int count, long from, long to, double x, double y, double w, double h) {
        clusters.add(new ClusterBox(count, from, to, x, y, w, h));
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
        boxes.add(new Box(eventId, x, y, w, h));
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

    public Optional<Box> boxOf(String eventId) {
        return boxes.stream().filter(b -> b.eventId().equals(eventId)).findFirst();
    }

    /** Drawn records from left to right, for keyboard stepping and tests. */
    public List<Box> boxes() {
        return List.copyOf(boxes);
    }
}
