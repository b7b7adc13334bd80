package io.opstimeline.core.export;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.List;

/**
 * The events table that follows a view's timeline pages: every record of the window, numbered in
 * time order, with its date at the precision its source gave, kind, title, nations, grading,
 * sources, and whether the timeline labels it or only counts it in a badge. Paper cannot open a
 * count badge; this table is where its records are read.
 */
final class EventsTable {
    private static final FontSpec FONT = BriefingPainter.SMALL;
    private static final FontSpec HEAD = BriefingPainter.SMALL_BOLD;
    private static final double LINE = BriefingPainter.SMALL_LINE;
    private static final double HEADER = 15;
    private static final double PAD = 6;
    /** A title is never shortened (up to six lines); other cells take two (sources are also in each page's footer). */
    private static final int MAX_LINES = 3;

    private static final int TITLE_COLUMN = 3;
    private static final String[] HEADINGS = {"#", "Date", "Kind", "Title", "Nations", "Grading", "Sources", "Timeline"
    };
    /** Fixed column widths in points; 0 shares what is left (title and sources). */
    private static final double[] FIXED = {22, 96, 72, 0, 92, 38, 0, 46};

    private EventsTable() {}

    private static double[] widths(double total) {
        double fixed = 0;
        int flex = 0;
        for (double w : FIXED) {
            fixed += w;
            flex += w == 0 ? 1 : 0;
        }
        double share = Math.max(60, (total - fixed - PAD * (FIXED.length - 1)) / flex);
        double[] out = FIXED.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = out[i] == 0 ? share : out[i];
        }
        return out;
    }

    static String[] cells(Dataset d, BriefingPage.Row row) {
        Event e = row.event();
        String date = e.start().display()
                + (e.end() != null ? " \u2013 " + e.end().display() : "")
                + (e.approximate() ? " (approx.)" : "");
        String kind = d.kind(e.kind()) == null ? e.kind() : d.kind(e.kind()).label();
        String nations = e.nationIds().isEmpty()
                ? "\u2013"
                : String.join(
                        ", ",
                        e.nationIds().stream()
                                .map(n -> d.nation(n).map(Nation::name).orElse(n))
                                .toList());
        List<String> sources = new ArrayList<>();
        for (String id : e.sourceIds()) {
            d.source(id)
                    .ifPresent(s -> sources.add(
                            "[" + s.reliabilityIfKnown().map(Enum::name).orElse("?") + "] " + s.title()
                                    + (s.publisher() == null ? "" : ", " + s.publisher())));
        }
        return new String[] {
            Integer.toString(row.number()),
            date,
            kind,
            e.title(),
            nations,
            d.grading(e).orElse("\u2013"),
            sources.isEmpty() ? "\u2013" : String.join("; ", sources),
            row.onTimeline().word() + notes(row)
        };
    }

    /** The annotation badges on the record, by the numbers the timeline and callouts print: " note 3". */
    private static String notes(BriefingPage.Row row) {
        if (row.notes().isEmpty()) {
            return "";
        }
        return (row.notes().size() == 1 ? " note " : " notes ")
                + String.join(", ", row.notes().stream().map(String::valueOf).toList());
    }

    /** Each cell wrapped to its column, at most {@link #MAX_LINES} lines (the last ends in an ellipsis). */
    private static List<List<String>> wrapped(Surface s, Dataset d, BriefingPage.Row row, double[] widths) {
        s.setFont(FONT);
        String[] cells = cells(d, row);
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            List<String> lines = TextFit.wrap(s, cells[c], widths[c]);
            int max = c == TITLE_COLUMN ? 2 * MAX_LINES : MAX_LINES - 1;
            if (lines.size() > max) {
                List<String> cut = new ArrayList<>(lines.subList(0, max - 1));
                cut.add(TextFit.ellipsize(s, String.join(" ", lines.subList(max - 1, lines.size())), widths[c]));
                lines = cut;
            }
            out.add(lines);
        }
        return out;
    }

    private static double rowHeight(List<List<String>> cells) {
        int lines = 1;
        for (List<String> c : cells) {
            lines = Math.max(lines, c.size());
        }
        return lines * LINE + 3;
    }

    /** The rows cut into pages of a table box {@code height} high; never an empty page. */
    static List<List<BriefingPage.Row>> paginate(
            Surface s, Briefing b, List<BriefingPage.Row> rows, double width, double height) {
        double[] widths = widths(width - 2 * PageLayout.MARGIN);
        List<List<BriefingPage.Row>> pages = new ArrayList<>();
        List<BriefingPage.Row> current = new ArrayList<>();
        double used = HEADER;
        for (BriefingPage.Row r : rows) {
            double h = rowHeight(wrapped(s, b.dataset(), r, widths));
            if (!current.isEmpty() && used + h > height) {
                pages.add(current);
                current = new ArrayList<>();
                used = HEADER;
            }
            current.add(r);
            used += h;
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    static void paint(Surface s, Briefing b, List<BriefingPage.Row> rows, PageLayout.Box box) {
        double[] widths = widths(box.w());
        s.setFill(b.theme().gutter(), 1);
        s.fillRect(box.x(), box.y(), box.w(), HEADER);
        s.setFont(HEAD);
        s.setFill(b.theme().text(), 1);
        double x = box.x();
        for (int c = 0; c < HEADINGS.length; c++) {
            s.fillText(HEADINGS[c], x + 2, box.y() + 10.5);
            x += widths[c] + PAD;
        }
        double y = box.y() + HEADER;
        for (BriefingPage.Row r : rows) {
            List<List<String>> cells = wrapped(s, b.dataset(), r, widths);
            double h = rowHeight(cells);
            if (r.number() % 2 == 0) {
                s.setFill(b.theme().laneStripe(), 1);
                s.fillRect(box.x(), y, box.w(), h);
            }
            s.setFont(FONT);
            x = box.x();
            for (int c = 0; c < cells.size(); c++) {
                boolean badge = c == cells.size() - 1 && !r.labelled();
                s.setFill(
                        badge
                                ? b.theme().text()
                                : c == 0 ? b.theme().mutedText() : b.theme().text(),
                        1);
                for (int i = 0; i < cells.get(c).size(); i++) {
                    s.fillText(cells.get(c).get(i), x + 2, y + 8.5 + i * LINE);
                }
                x += widths[c] + PAD;
            }
            y += h;
        }
        s.setStroke(b.theme().majorGrid(), 1, 0.5);
        s.line(box.x(), box.y() + HEADER, box.right(), box.y() + HEADER);
    }
}
