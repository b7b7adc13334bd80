package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The numbered annotation texts under a timeline, in two columns, each note wrapped to its column
 * (a note is what the briefer wrote for the reader; cutting it at the column's edge lost its point).
 * Measured before it is drawn, so the page gives the notes the room they need and the timeline the rest.
 */
final class Callouts {
    /** A note longer than this many lines ends in an ellipsis; the slide's speaker notes hold it whole. */
    static final int MAX_NOTE_LINES = 5;
    /** Lines per column at most, so notes never take the timeline's page. */
    static final int MAX_COLUMN_LINES = 14;

    private static final double COLUMN_GAP = 12;

    private record Entry(Annotation note, int number, List<String> lines) {}

    private final List<Entry> first;
    private final List<Entry> second;
    private final int hidden;

    private Callouts(List<Entry> first, List<Entry> second, int hidden) {
        this.first = first;
        this.second = second;
        this.hidden = hidden;
    }

    private static double columnWidth(double width) {
        return (width - COLUMN_GAP) / 2;
    }

    private static double textIndent(Surface s) {
        s.setFont(BriefingPainter.SMALL_BOLD);
        return 14 + s.textWidth("00");
    }

    /** Lays out {@code shown} (in badge order) for a box {@code width} wide. */
    static Callouts of(Surface s, Dataset d, List<Annotation> shown, Map<String, Integer> numbers, double width) {
        double textW = columnWidth(width) - textIndent(s);
        s.setFont(BriefingPainter.SMALL);
        List<Entry> entries = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < shown.size(); i++) {
            Annotation a = shown.get(i);
            String pin = AnnotationOverlayPainter.record(d, a)
                    .map(e -> " [" + e.title() + "]")
                    .orElse("");
            List<String> lines = TextFit.wrap(s, a.text().strip() + pin, textW);
            if (lines.size() > MAX_NOTE_LINES) {
                List<String> cut = new ArrayList<>(lines.subList(0, MAX_NOTE_LINES - 1));
                cut.add(TextFit.ellipsize(s, String.join(" ", lines.subList(MAX_NOTE_LINES - 1, lines.size())), textW));
                lines = cut;
            }
            entries.add(new Entry(a, AnnotationOverlayPainter.number(shown, i, numbers), lines));
            total += lines.size();
        }
        // The first column takes notes until it holds half the lines; the second the rest.
        List<Entry> first = new ArrayList<>();
        List<Entry> second = new ArrayList<>();
        int firstLines = 0;
        int secondLines = 0;
        int hidden = 0;
        for (Entry e : entries) {
            int n = e.lines.size();
            if (second.isEmpty() && firstLines + n <= Math.max(n, Math.min(MAX_COLUMN_LINES, (total + 1) / 2))) {
                first.add(e);
                firstLines += n;
            } else if (secondLines + n <= MAX_COLUMN_LINES - (hidden > 0 ? 1 : 0)) {
                second.add(e);
                secondLines += n;
            } else {
                hidden++;
            }
        }
        if (hidden > 0 && secondLines >= MAX_COLUMN_LINES) {
            // make room for the line that says how many did not fit
            second.remove(second.size() - 1);
            hidden++;
        }
        return new Callouts(first, second, hidden);
    }

    private static int lines(List<Entry> column) {
        return column.stream().mapToInt(e -> e.lines.size()).sum();
    }

    double height() {
        int rows = Math.max(lines(first), lines(second) + (hidden > 0 ? 1 : 0));
        return rows == 0 ? 0 : 4 + rows * BriefingPainter.SMALL_LINE;
    }

    void paint(Surface s, PageLayout.Box box, Theme theme) {
        double indent = textIndent(s);
        double colW = columnWidth(box.w());
        double y = paintColumn(s, first, box.x(), box.y() + 2, indent, theme);
        double x2 = box.x() + colW + COLUMN_GAP;
        y = paintColumn(s, second, x2, box.y() + 2, indent, theme);
        if (hidden > 0) {
            s.setFont(BriefingPainter.SMALL);
            s.setFill(theme.mutedText(), 1);
            s.fillText(
                    "+" + hidden + " more annotation" + (hidden == 1 ? "" : "s") + " not printed for room",
                    x2 + indent,
                    y + 8);
        }
    }

    private static double paintColumn(Surface s, List<Entry> column, double x, double y, double indent, Theme theme) {
        for (Entry e : column) {
            s.setFill(e.note.color(), 1);
            s.fillOval(x, y + 1, 8, 8);
            s.setFont(BriefingPainter.SMALL_BOLD);
            s.setFill(theme.text(), 1);
            s.fillText(Integer.toString(e.number), x + 11, y + 8);
            s.setFont(BriefingPainter.SMALL);
            for (String line : e.lines) {
                s.fillText(line, x + indent, y + 8);
                y += BriefingPainter.SMALL_LINE;
            }
        }
        return y;
    }
}
