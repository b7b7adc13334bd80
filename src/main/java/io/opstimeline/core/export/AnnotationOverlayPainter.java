package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.AnnotationKind;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Draws annotations over a painted timeline frame, on screen and on every export page: intervals as
 * shaded bands, markers as vertical lines, notes as numbered badges on their record, instant or
 * range. Numbers follow time order; the export's callout list uses the same numbers.
 */
public final class AnnotationOverlayPainter {
    /** 11 px: at the page's smallest timeline scale still 8 pt. */
    private static final FontSpec BADGE = new FontSpec(11, true);

    private static final FontSpec LABEL = new FontSpec(11, true);
    private static final Rgb WHITE = Rgb.parse("#ffffff");
    private static final double R = 8;
    private static final double MAX_LABEL = 180;

    private AnnotationOverlayPainter() {}

    /** The annotations this frame shows, numbered 1.. in this order (by the time they point at). */
    public static List<Annotation> visible(List<Annotation> all, Dataset dataset, TimelineArea.Frame f) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : all) {
            if (a.eventId() != null) {
                // A noted record hidden for lack of rows still gets its badge on the badge line.
                if (f.hits().boxOf(a.eventId()).isPresent()
                        || dataset.event(a.eventId())
                                .filter(e -> f.window()
                                        .overlaps(
                                                e.start().epochMilli(),
                                                e.start().epochMilli()))
                                .isPresent()) {
                    out.add(a);
                }
            } else {
                long from = a.start().toEpochMilli();
                long to = a.end() == null ? from : a.end().toEpochMilli();
                if (f.window().overlaps(from, to)) {
                    out.add(a);
                }
            }
        }
        out.sort(Comparator.comparingLong((Annotation a) -> anchorTime(a, dataset))
                .thenComparing(Annotation::id));
        return out;
    }

    private static long anchorTime(Annotation a, Dataset d) {
        if (a.start() != null) {
            return a.start().toEpochMilli();
        }
        return d.event(a.eventId()).map(e -> e.start().epochMilli()).orElse(Long.MAX_VALUE);
    }

    /** Paints the visible annotations and returns them in badge-number order. */
    public static List<Annotation> paint(
            Surface s, TimelineArea.Frame f, Dataset dataset, List<Annotation> all, Theme theme) {
        return paint(s, f, dataset, all, theme, null);
    }

    /**
     * As above, with the badges numbered by {@code numbers} (annotation id to number) where it has
     * one: a pack numbers its notes once across all its pages, so "3" means one note throughout.
     * Null numbers the visible annotations 1, 2, ... as the screen does.
     */
    public static List<Annotation> paint(
            Surface s,
            TimelineArea.Frame f,
            Dataset dataset,
            List<Annotation> all,
            Theme theme,
            Map<String, Integer> numbers) {
        List<Annotation> shown = visible(all, dataset, f);
        if (f.paper()) {
            paintOnStrip(s, f, dataset, shown, theme, numbers);
            return shown;
        }
        s.pushClip(f.timeLeft(), f.top(), f.timeWidth(), f.bottom() - f.top());
        // Bands first so lines, badges and records' outlines stay on top of them.
        for (Annotation a : shown) {
            if (a.kind() == AnnotationKind.INTERVAL) {
                double x1 = Math.max(f.timeLeft(), f.x(a.start().toEpochMilli()));
                double x2 = Math.min(f.right(), f.x(a.end().toEpochMilli()));
                s.setFill(a.color(), 0.16);
                s.fillRect(x1, f.top(), Math.max(1, x2 - x1), f.bottom() - f.top());
                s.setStroke(a.color(), 0.8, 1);
                s.setLineDash(4, 3);
                s.line(x1, f.top(), x1, f.bottom());
                s.line(x2, f.top(), x2, f.bottom());
                s.setLineDash();
            }
        }
        double[] badges = shown.stream()
                .mapToDouble(a -> badgeX(f, a, dataset))
                .filter(x -> !Double.isNaN(x))
                .sorted()
                .toArray();
        for (int i = 0; i < shown.size(); i++) {
            paintOne(s, f, shown.get(i), number(shown, i, numbers), theme, badges, dataset);
        }
        s.popClip();
        return shown;
    }

    /**
     * On paper everything an annotation draws stays in the strip under the lanes, so no band, line or
     * badge covers a record's label: a band is shaded along the strip, a marker is a tick on it, a
     * noted record is outlined in the note's colour with its badge on the strip below it, and badges
     * are pushed apart so none covers another.
     */
    private static void paintOnStrip(
            Surface s,
            TimelineArea.Frame f,
            Dataset dataset,
            List<Annotation> shown,
            Theme theme,
            Map<String, Integer> numbers) {
        double stripTop = f.bottom() - TimelineArea.BADGE_STRIP;
        s.pushClip(f.timeLeft(), f.top(), f.timeWidth(), f.bottom() - f.top());
        double[] anchor = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            Annotation a = shown.get(i);
            anchor[i] = stripAnchor(f, a, dataset);
            if (a.kind() == AnnotationKind.INTERVAL) {
                double x1 = Math.max(f.timeLeft(), f.x(a.start().toEpochMilli()));
                double x2 = Math.min(f.right(), f.x(a.end().toEpochMilli()));
                s.setFill(a.color(), 0.22);
                s.fillRect(x1, stripTop + 2, Math.max(1, x2 - x1), TimelineArea.BADGE_STRIP - 4);
            } else if (a.eventId() != null) {
                f.hits().boxOf(a.eventId()).ifPresent(b -> {
                    s.setStroke(a.color(), 1, 2);
                    s.strokeRect(b.x(), b.y(), b.w(), b.h());
                });
            } else {
                double x = f.x(a.start().toEpochMilli());
                s.setStroke(a.color(), 1, 2);
                s.line(x, stripTop + 1, x, f.bottom() - 1);
                if (a.end() != null) {
                    s.line(x, f.badgeY(), f.x(a.end().toEpochMilli()), f.badgeY());
                }
            }
        }
        double[] at = spread(anchor, f.timeLeft() + R + 1, f.right() - R - 1, 2 * R + 3);
        double[] sorted = at.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < shown.size(); i++) {
            Annotation a = shown.get(i);
            badge(s, at[i], f.badgeY(), number(shown, i, numbers), a.color());
            if (a.eventId() == null && (a.kind() == AnnotationKind.MARKER || a.kind() == AnnotationKind.INTERVAL)) {
                label(s, a.text(), at[i] + R + 4, f.badgeY(), theme, room(sorted, at[i] + R + 4));
            }
        }
        s.popClip();
    }

    /** The badge number of the {@code i}th visible annotation: the pack's number, else its place in the list. */
    static int number(List<Annotation> shown, int i, Map<String, Integer> numbers) {
        Integer n = numbers == null ? null : numbers.get(shown.get(i).id());
        return n != null ? n : i + 1;
    }

    /** Where on the strip an annotation belongs before badges are pushed apart. */
    private static double stripAnchor(TimelineArea.Frame f, Annotation a, Dataset dataset) {
        if (a.eventId() != null) {
            Optional<HitMap.Box> box = f.hits().boxOf(a.eventId());
            if (box.isPresent()) {
                return Math.max(f.timeLeft() + R, box.get().x() + R);
            }
        }
        double x = badgeX(f, a, dataset);
        return Double.isNaN(x) ? f.timeLeft() + R : x;
    }

    /**
     * Positions as close to {@code want} as possible, each at least {@code gap} from the next, within
     * [lo, hi] when they fit: pushed right in order, then back left from the right edge.
     */
    static double[] spread(double[] want, double lo, double hi, double gap) {
        Integer[] order = new Integer[want.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble(i -> want[i]));
        double[] out = new double[want.length];
        double prev = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            out[i] = Math.max(Math.max(lo, want[i]), prev + gap);
            prev = out[i];
        }
        double next = Double.POSITIVE_INFINITY;
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            out[i] = Math.min(out[i], Math.min(hi, next - gap));
            next = out[i];
        }
        return out;
    }

    /** Where an annotation's badge goes along the badge line; NaN for a note beside its drawn record. */
    private static double badgeX(TimelineArea.Frame f, Annotation a, Dataset dataset) {
        if (a.eventId() != null) {
            if (f.hits().boxOf(a.eventId()).isPresent()) {
                return Double.NaN;
            }
            return dataset.event(a.eventId())
                    .map(e -> f.x(e.start().epochMilli()))
                    .orElse(Double.NaN);
        }
        double x = f.x(a.start().toEpochMilli());
        if (a.kind() == AnnotationKind.INTERVAL) {
            return Math.max(f.timeLeft(), x) + R + 2;
        }
        if (a.kind() == AnnotationKind.NOTE && a.end() != null) {
            return Math.max(f.timeLeft() + R, (x + f.x(a.end().toEpochMilli())) / 2);
        }
        return x;
    }

    /** Room for a label starting at x before the next badge along the line. */
    private static double room(double[] badges, double x) {
        for (double b : badges) {
            if (b - R > x) {
                return Math.min(MAX_LABEL, b - R - 4 - x);
            }
        }
        return MAX_LABEL;
    }

    private static void paintOne(
            Surface s, TimelineArea.Frame f, Annotation a, int number, Theme theme, double[] badges, Dataset dataset) {
        double top = f.badgeY();
        if (a.eventId() != null) {
            Optional<HitMap.Box> box = f.hits().boxOf(a.eventId());
            if (box.isPresent()) {
                HitMap.Box b = box.get();
                s.setStroke(a.color(), 1, 2);
                s.strokeRect(b.x(), b.y(), b.w(), b.h());
                badge(s, b.x() + b.w() + R - 2, b.y() + b.h() / 2, number, a.color());
            } else {
                badge(s, badgeX(f, a, dataset), top, number, a.color());
            }
            return;
        }
        double x = f.x(a.start().toEpochMilli());
        switch (a.kind()) {
            case MARKER:
                s.setStroke(a.color(), 1, 2);
                s.line(x, f.top(), x, f.bottom());
                badge(s, x, top, number, a.color());
                label(s, a.text(), x + R + 4, top, theme, room(badges, x + R + 4));
                break;
            case INTERVAL:
                double bx = badgeX(f, a, dataset);
                badge(s, bx, top, number, a.color());
                label(s, a.text(), bx + R + 4, top, theme, room(badges, bx + R + 4));
                break;
            default:
                if (a.end() != null) {
                    double x2 = f.x(a.end().toEpochMilli());
                    s.setStroke(a.color(), 1, 2);
                    s.line(x, top, x2, top);
                    s.line(x, top - 5, x, top + 5);
                    s.line(x2, top - 5, x2, top + 5);
                    badge(s, badgeX(f, a, dataset), top, number, a.color());
                } else {
                    s.setStroke(a.color(), 0.9, 1);
                    s.setLineDash(2, 3);
                    s.line(x, top, x, f.bottom());
                    s.setLineDash();
                    badge(s, x, top, number, a.color());
                }
        }
    }

    private static void badge(Surface s, double cx, double cy, int number, Rgb color) {
        s.setFill(WHITE, 1);
        s.fillOval(cx - R - 1, cy - R - 1, 2 * R + 2, 2 * R + 2);
        s.setFill(color, 1);
        s.fillOval(cx - R, cy - R, 2 * R, 2 * R);
        s.setFont(BADGE);
        s.setFill(WHITE, 1);
        String n = Integer.toString(number);
        s.fillText(n, cx - s.textWidth(n) / 2, cy + 3.5);
    }

    private static void label(Surface s, String text, double x, double cy, Theme theme, double maxWidth) {
        s.setFont(LABEL);
        if (text.isBlank() || maxWidth < s.textWidth("Abc\u2026")) {
            return;
        }
        String fitted = TextFit.ellipsize(s, firstLine(text), maxWidth);
        double w = s.textWidth(fitted);
        s.setFill(theme.background(), 0.85);
        s.fillRect(x - 2, cy - 8, w + 4, 16);
        s.setFill(theme.text(), 1);
        s.fillText(fitted, x, cy + 4);
    }

    static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The record a note is pinned to, for callouts that name it. */
    static Optional<Event> record(Dataset d, Annotation a) {
        return a.eventId() == null ? Optional.empty() : d.event(a.eventId());
    }
}
