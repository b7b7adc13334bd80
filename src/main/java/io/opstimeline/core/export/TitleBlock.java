package io.opstimeline.core.export;

import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.TimeSpec;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The page's title block, measured before it is drawn: on the left the title (a pack page's view
 * name, wrapped to two lines before it is shortened) and subtitle; on the right the window, the
 * clock, the date-time group of the export and the latest information shown, the filter when one
 * is active (a briefer must know the page is not everything), and page n of N.
 */
final class TitleBlock {
    private final List<String> title;
    private final String subtitle;
    private final List<String> right;
    private final double rightWidth;
    private final Theme theme;

    private TitleBlock(List<String> title, String subtitle, List<String> right, double rightWidth, Theme theme) {
        this.theme = theme;
        this.title = title;
        this.subtitle = subtitle;
        this.right = right;
        this.rightWidth = rightWidth;
    }

    static TitleBlock of(
            Surface s,
            Briefing b,
            BriefingView view,
            List<Event> shown,
            double width,
            int index,
            int pages,
            String part) {
        List<String> facts = new ArrayList<>();
        facts.add(BriefingPainter.windowText(view, b.zone()));
        facts.add("All times "
                + BriefingPainter.zoneText(
                        b.zone(), Instant.ofEpochMilli(view.window().start())));
        facts.add("DTG " + BriefingPainter.dtg(b.options().exportedAt()) + "   Information as of "
                + asOf(shown, view.window()));
        String filter = filterStatement(b.dataset(), view.filter());
        facts.add("Page " + (index + 1) + " of " + pages + (part == null ? "" : "   (" + part + ")"));
        s.setFont(BriefingPainter.META_FONT);
        double rightW = 0;
        for (String f : facts) {
            rightW = Math.max(rightW, s.textWidth(f));
        }
        rightW = Math.min(rightW, width * 0.5);
        List<String> right = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            if (i == facts.size() - 1 && filter != null) {
                right.addAll(TextFit.wrap(s, filter, Math.max(rightW, width * 0.4)));
            }
            right.add(TextFit.ellipsize(s, facts.get(i), rightW));
        }
        for (String r : right) {
            rightW = Math.max(rightW, s.textWidth(r));
        }
        double leftW = width - rightW - 16;
        String main = view.name() != null ? view.name() : b.title();
        String sub = b.options().subtitle() == null || b.options().subtitle().isBlank()
                ? null
                : b.options().subtitle();
        if (view.name() != null) {
            sub = sub == null ? b.title() : b.title() + " \u2014 " + sub;
        }
        s.setFont(BriefingPainter.TITLE_FONT);
        List<String> lines = TextFit.wrap(s, main, leftW);
        if (lines.size() > 2) {
            String rest = String.join(" ", lines.subList(1, lines.size()));
            lines = List.of(lines.get(0), TextFit.ellipsize(s, rest, leftW));
        }
        if (sub != null) {
            s.setFont(BriefingPainter.SUBTITLE_FONT);
            sub = TextFit.ellipsize(s, sub, leftW);
        }
        return new TitleBlock(lines, sub, right, rightW, b.theme());
    }

    double height() {
        double left = title.size() * BriefingPainter.TITLE_LINE + (subtitle == null ? 0 : 14);
        double right = this.right.size() * BriefingPainter.META_LINE;
        return Math.max(PageLayout.TITLE, Math.max(left, right) + 4);
    }

    void paint(Surface s, PageLayout.Box box) {
        s.setFont(BriefingPainter.TITLE_FONT);
        s.setFill(theme.text(), 1);
        double y = box.y() + 15;
        for (String line : title) {
            s.fillText(line, box.x(), y);
            y += BriefingPainter.TITLE_LINE;
        }
        if (subtitle != null) {
            s.setFont(BriefingPainter.SUBTITLE_FONT);
            s.setFill(theme.mutedText(), 1);
            s.fillText(subtitle, box.x(), y - 2);
        }
        for (int i = 0; i < right.size(); i++) {
            s.setFont(i == 0 ? BriefingPainter.META_BOLD : BriefingPainter.META_FONT);
            s.setFill(i == 0 ? theme.text() : theme.mutedText(), 1);
            String line = right.get(i);
            s.fillText(line, box.right() - s.textWidth(line), box.y() + 10 + i * BriefingPainter.META_LINE);
        }
    }

    /**
     * The latest date among the records shown that lies in the window, at the precision its source
     * gave: a record running on past the window's end counts by its start, since the page says
     * nothing of what came after its window.
     */
    static String asOf(List<Event> shown, TimeWindow window) {
        return shown.stream()
                .map(e -> e.end() != null && e.end().instant().toEpochMilli() < window.end() ? e.end() : e.start())
                .max(Comparator.comparing(TimeSpec::instant))
                .map(TimeSpec::display)
                .orElse("(no records shown)");
    }

    /** What an active filter keeps, in words; null when there is none. */
    static String filterStatement(Dataset d, ViewFilter f) {
        if (f.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!f.kinds().isEmpty()) {
            parts.add("kind "
                    + String.join(
                            " or ",
                            f.kinds().stream()
                                    .map(k -> d.kind(k) == null ? k : d.kind(k).label())
                                    .toList()));
        }
        if (!f.nations().isEmpty()) {
            parts.add("nation "
                    + String.join(
                            " or ",
                            f.nations().stream()
                                    .map(n -> d.nation(n)
                                            .map(io.opstimeline.core.model.Nation::name)
                                            .orElse(n))
                                    .toList()));
        }
        if (f.text() != null) {
            parts.add("text \u201c" + f.text() + "\u201d");
        }
        if (f.minGrading() != null) {
            parts.add("grading at least " + f.minGrading());
        }
        return "FILTERED: only records with " + String.join("; ", parts)
                + (f.dimsOthers() ? " (others drawn faint)" : " (others not shown)");
    }
}
