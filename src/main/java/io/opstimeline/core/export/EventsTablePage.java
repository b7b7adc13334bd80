package io.opstimeline.core.export;

import io.opstimeline.core.render.Surface;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of the events table: banner, title block, the table's rows ({@link EventsTable}), what its
 * columns mean and the data line. The planner asks it how tall the table may be on a page, and it
 * answers from the same layout it paints, footer as printed.
 */
final class EventsTablePage {
    private EventsTablePage() {}

    /** The height the table's rows have on one of its pages of this size. */
    static double tableHeight(Surface s, double width, double height, Briefing b, BriefingView view) {
        TitleBlock title = TitleBlock.of(
                s, b, view, b.inWindow(view), width - 2 * PageLayout.MARGIN, 0, 1, "events table part 1 of 1");
        return layout(width, height, title, foot(s, b, width - 2 * PageLayout.MARGIN))
                .timeline()
                .h();
    }

    static PageLayout paint(
            Surface s, double width, double height, Briefing b, BriefingPage.Table page, int index, int pages) {
        double inner = width - 2 * PageLayout.MARGIN;
        TitleBlock title = TitleBlock.of(
                s,
                b,
                page.view(),
                b.inWindow(page.view()),
                inner,
                index,
                pages,
                "events table part " + page.part() + " of " + page.parts());
        List<String> foot = foot(s, b, inner);
        PageLayout layout = layout(width, height, title, foot);
        BriefingPainter.banner(s, layout.topBanner(), b.classification());
        title.paint(s, layout.titleBlock());
        EventsTable.paint(s, b, page.rows(), layout.timeline());
        BriefingPainter.footer(s, layout.footer(), foot, b.theme());
        BriefingPainter.banner(s, layout.bottomBanner(), b.classification());
        return layout;
    }

    private static PageLayout layout(double width, double height, TitleBlock title, List<String> foot) {
        return PageLayout.compute(width, height, title.height(), 0, 0, foot.size() * BriefingPainter.FOOT_LINE + 2);
    }

    /** What the columns mean (wrapped: a portrait page has no room for it on one line) and the data line. */
    private static List<String> foot(Surface s, Briefing b, double inner) {
        s.setFont(BriefingPainter.FOOT);
        List<String> foot = new ArrayList<>(TextFit.wrap(
                s,
                "Every record of the window is listed; timeline \u201cshortened\u201d: drawn with its title cut"
                        + " for room; \u201cbadge\u201d: counted in a badge there. Grading: source reliability A\u2013F,"
                        + " information credibility 1\u20136.",
                inner));
        foot.add(BriefingPainter.dataLine(b));
        return foot;
    }
}
