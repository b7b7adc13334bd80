package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Paints the pages of a briefing onto any {@link Surface}: classification banners top and bottom,
 * title block (window, zone, date-time group, information as of, filter, page n of N), the
 * timeline with annotations and the series chart, legend, numbered callouts, a footer with the
 * cited sources and the data file's fingerprint, and the events table that lists every record of
 * the window. PNG, SVG, PDF, PPTX and the clipboard all come through here. {@link #plan} first
 * decides the pages (lanes that do not fit continue on the next page; periods of a split; table
 * pages), then each page is painted on its own.
 */
public final class BriefingPainter {
    static final FontSpec BANNER_FONT = new FontSpec(9, true);
    static final FontSpec TITLE_FONT = new FontSpec(16, true);
    static final FontSpec SUBTITLE_FONT = new FontSpec(10, false);
    static final FontSpec META_FONT = new FontSpec(8.5, false);
    static final FontSpec META_BOLD = new FontSpec(8.5, true);
    static final FontSpec SMALL = new FontSpec(8, false);
    static final FontSpec SMALL_BOLD = new FontSpec(8, true);
    static final FontSpec FOOT = new FontSpec(7, false);
    static final double SMALL_LINE = 10.5;
    static final double FOOT_LINE = 8.8;
    static final double TITLE_LINE = 18;
    static final double META_LINE = 11;
    private static final int MAX_SOURCE_LINES = 5;
    /** Logical pixels under the lanes for the series chart when it shares the timeline's page. */
    static final double CHART_HEIGHT = 130;
    /** A lane on a page gets at least two rows: one of labelled records, one for its count badges. */
    private static final double MIN_LANE = 2 * TimelinePainter.ROW_HEIGHT + 12;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z'MMMyy", Locale.ENGLISH);

    /** Plans the pages and paints page {@code page} (0-based); returns the layout used. */
    public PageLayout paint(Surface s, double width, double height, Briefing b, int page) {
        return paint(s, width, height, b, plan(s, width, height, b), page);
    }

    /**
     * The pages of the briefing at this size, in order: for each view (and each period of a split)
     * its timeline pages, its chart page when asked for one, then its events table when asked for
     * one or when some record of the window is not labelled on the timeline pages.
     */
    public List<BriefingPage> plan(Surface measurer, double width, double height, Briefing b) {
        List<BriefingPage> out = new ArrayList<>();
        // Annotation numbers run on through the pack: a note keeps the number it first got.
        Map<String, Integer> noteNumbers = new LinkedHashMap<>();
        for (BriefingView view : b.periodViews()) {
            // A chart with no figure in the window would be an empty box: left out.
            boolean series = b.dataset().series().stream()
                    .flatMap(x -> x.points().stream())
                    .anyMatch(p -> p.value() != null
                            && view.window()
                                    .overlaps(p.date().epochMilli(), p.date().epochMilli()));
            boolean chartUnder = series && b.options().chart() == BriefingOptions.ChartMode.ON;
            boolean mapBeside = b.options().map() == BriefingOptions.MapMode.ON;
            List<BriefingPage.Timeline> timelines =
                    timelinePages(measurer, width, height, b, view, chartUnder, mapBeside);
            if (chartUnder && timelines.size() > 1) {
                // The lanes need more than one page with the chart under them: when they fit on one
                // without it, the chart gets a page of its own rather than the lanes being split.
                List<BriefingPage.Timeline> without = timelinePages(measurer, width, height, b, view, false, mapBeside);
                if (without.size() == 1) {
                    timelines = without;
                    chartUnder = false;
                }
            }
            timelines = new ArrayList<>(timelines);
            // A record counts as labelled only where a timeline page prints its whole title; one in a
            // count badge, or whose label was shortened or left out for room, is read in the table.
            Set<String> drawnIds = new HashSet<>();
            Set<String> drawnTexts = new HashSet<>();
            Map<String, List<Integer>> notesOn = new HashMap<>();
            for (int i = 0; i < timelines.size(); i++) {
                BriefingPage.Timeline t = timelines.get(i);
                Prepared p = prepare(new MeasureOnly(measurer, drawnTexts), width, height, b, t, 0, 1);
                p.frame.hits().boxes().forEach(box -> drawnIds.add(box.eventId()));
                Map<String, Integer> onPage = new HashMap<>();
                for (Annotation a : AnnotationOverlayPainter.visible(p.notes, b.dataset(), p.frame)) {
                    int n = noteNumbers.computeIfAbsent(a.id(), id -> noteNumbers.size() + 1);
                    onPage.put(a.id(), n);
                    if (a.eventId() != null
                            && !notesOn.getOrDefault(a.eventId(), List.of()).contains(n)) {
                        notesOn.computeIfAbsent(a.eventId(), id -> new ArrayList<>())
                                .add(n);
                    }
                }
                timelines.set(i, t.withNoteNumbers(onPage));
            }
            out.addAll(timelines);
            if (series
                    && (b.options().chart() == BriefingOptions.ChartMode.PAGE
                            || b.options().chart() == BriefingOptions.ChartMode.ON && !chartUnder)) {
                out.add(new BriefingPage.Chart(view));
            }
            if (b.options().map() == BriefingOptions.MapMode.PAGE) {
                out.add(new BriefingPage.MapPage(view));
            }
            List<BriefingPage.Row> rows = new ArrayList<>();
            boolean missing = false;
            for (Event e : b.inWindow(view)) {
                BriefingPage.OnTimeline on = !drawnIds.contains(e.id())
                        ? BriefingPage.OnTimeline.BADGE
                        : drawnTexts.contains(e.title())
                                ? BriefingPage.OnTimeline.LABELLED
                                : BriefingPage.OnTimeline.SHORTENED;
                missing |= on != BriefingPage.OnTimeline.LABELLED;
                List<Integer> notes = new ArrayList<>(notesOn.getOrDefault(e.id(), List.of()));
                notes.sort(Integer::compare);
                rows.add(new BriefingPage.Row(rows.size() + 1, e, on, notes));
            }
            Boolean table = b.options().table();
            if (!rows.isEmpty() && (Boolean.TRUE.equals(table) || table == null && missing)) {
                List<List<BriefingPage.Row>> parts = EventsTable.paginate(
                        measurer, b, rows, width, EventsTablePage.tableHeight(measurer, width, height, b, view));
                for (int i = 0; i < parts.size(); i++) {
                    out.add(new BriefingPage.Table(view, parts.get(i), i + 1, parts.size()));
                }
            }
        }
        return out;
    }

    /** The view's lanes in as many timeline pages as they need, each lane whole on one page. */
    private List<BriefingPage.Timeline> timelinePages(
            Surface measurer, double width, double height, Briefing b, BriefingView view, boolean chart, boolean map) {
        Lanes all = Lanes.of(b.dataset(), view.laneMode());
        BriefingPage.Timeline whole = new BriefingPage.Timeline(view, null, 1, 1, chart, map);
        PageLayout trial = prepare(new MeasureOnly(measurer), width, height, b, whole, 0, 1).layout;
        double k = trial.timelineScale();
        double room =
                trial.timeline().h() / k - (chart ? CHART_HEIGHT : 0) - AxisPainter.HEIGHT - TimelineArea.BADGE_STRIP;
        int perPage = Math.max(1, (int) (room / MIN_LANE));
        if (all.count() <= perPage) {
            return List.of(whole);
        }
        // Lanes without a record in the window are left out only when the lanes need several pages.
        List<String> busy = new ArrayList<>();
        List<Event> records = new ArrayList<>(b.inWindow(view));
        b.dimmed(view).stream().filter(e -> Briefing.overlaps(view.window(), e)).forEach(records::add);
        for (int l = 0; l < all.count(); l++) {
            String id = all.id(l);
            int lane = l;
            if (records.stream().anyMatch(e -> contains(all.lanesOf(e), lane))) {
                busy.add(id);
            }
        }
        if (busy.size() <= perPage) {
            return List.of(new BriefingPage.Timeline(view, new LinkedHashSet<>(busy), 1, 1, chart, map));
        }
        int parts = (busy.size() + perPage - 1) / perPage;
        List<BriefingPage.Timeline> out = new ArrayList<>();
        int from = 0;
        for (int part = 0; part < parts; part++) {
            int size = (busy.size() - from + (parts - part) - 1) / (parts - part); // balanced shares
            out.add(new BriefingPage.Timeline(
                    view, new LinkedHashSet<>(busy.subList(from, from + size)), part + 1, parts, chart, map));
            from += size;
        }
        return out;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** What a page is, for PDF bookmarks, slide titles and file titles: "Spring: timeline (lanes 1 of 2)". */
    public static String pageTitle(Briefing b, BriefingPage page) {
        BriefingView v = page.view();
        String name = v.name() != null ? v.name() : windowText(v, b.zone());
        if (page instanceof BriefingPage.Timeline t) {
            return name + ": timeline"
                    + (t.laneParts() > 1 ? " (lanes " + t.lanePart() + " of " + t.laneParts() + ")" : "");
        }
        if (page instanceof BriefingPage.Table t) {
            return name + ": events table" + (t.parts() > 1 ? " (" + t.part() + " of " + t.parts() + ")" : "");
        }
        if (page instanceof BriefingPage.MapPage) {
            return name + ": map";
        }
        return name + ": series";
    }

    /** Paints page {@code index} of a plan made by {@link #plan} for the same size and briefing. */
    public PageLayout paint(Surface s, double width, double height, Briefing b, List<BriefingPage> plan, int index) {
        BriefingPage page = plan.get(index);
        s.setFill(b.theme().background(), 1);
        s.fillRect(0, 0, width, height);
        if (page instanceof BriefingPage.Timeline t) {
            return paintTimeline(s, width, height, b, t, index, plan.size());
        }
        if (page instanceof BriefingPage.Chart c) {
            return paintChartPage(s, width, height, b, c, index, plan.size());
        }
        if (page instanceof BriefingPage.MapPage m) {
            return paintMapPage(s, width, height, b, m, index, plan.size());
        }
        return EventsTablePage.paint(s, width, height, b, (BriefingPage.Table) page, index, plan.size());
    }

    /** A timeline page measured and laid out, with the frame its timeline will have. */
    private record Prepared(
            PageLayout layout,
            List<Event> shown,
            List<Event> dimmed,
            Lanes lanes,
            List<Annotation> notes,
            List<String> footer,
            TitleBlock title,
            TimelineArea.Frame frame,
            Set<String> faint,
            double chartHeight) {}

    private Prepared prepare(
            Surface s, double width, double height, Briefing b, BriefingPage.Timeline page, int index, int pages) {
        BriefingView view = page.view();
        Dataset d = b.dataset();
        Lanes lanes = page.laneIds() == null
                ? Lanes.of(d, view.laneMode())
                : Lanes.of(d, view.laneMode()).only(page.laneIds());
        List<Event> shown = onLanes(b.inWindow(view), lanes);
        List<Event> dimmed = onLanes(b.dimmed(view), lanes);
        Set<String> shownIds = new HashSet<>();
        shown.forEach(e -> shownIds.add(e.id()));
        // A note on a record this page does not show (filtered out, or in a lane on another page) has no callout here.
        List<Annotation> notes = b.annotations().stream()
                .filter(a -> a.eventId() == null || shownIds.contains(a.eventId()))
                .toList();
        double inner = width - 2 * PageLayout.MARGIN;
        TitleBlock title = TitleBlock.of(
                s,
                b,
                view,
                shown,
                inner,
                index,
                pages,
                page.laneParts() > 1 ? "lanes part " + page.lanePart() + " of " + page.laneParts() : null);
        double legendH =
                b.options().legend() ? PageLegend.height(s, d, notes.isEmpty(), page.chart(), inner, b.theme()) : 0;
        List<Annotation> inWindow = notes.stream()
                .filter(a -> a.start() == null
                        || view.window()
                                .overlaps(
                                        a.start().toEpochMilli(),
                                        (a.end() == null ? a.start() : a.end()).toEpochMilli()))
                .toList();
        double calloutGuess = b.options().callouts()
                ? Callouts.of(s, d, inWindow, page.noteNumbers(), inner).height()
                : 0;
        double chartH = page.chart() ? CHART_HEIGHT : 0;
        // The timeline decides what is shown and the rest of the page describes it, so the heights of
        // callouts and footer are measured from a trial layout that assumes the largest footer.
        PageLayout layout = withMap(
                PageLayout.compute(
                        width, height, title.height(), legendH, calloutGuess, (MAX_SOURCE_LINES + 1) * FOOT_LINE + 2),
                page);
        Set<String> faint = new HashSet<>();
        dimmed.forEach(e -> faint.add(e.id()));
        TimelineArea.Frame probe = probe(s, b, view, layout, shown, dimmed, lanes, chartH, false);
        List<Annotation> visible = AnnotationOverlayPainter.visible(notes, d, probe);
        List<String> footer = footerLines(s, b, cited(d, probe.hits(), faint), inner);
        double calloutsH = b.options().callouts()
                ? Callouts.of(s, d, visible, page.noteNumbers(), inner).height()
                : 0;
        layout = withMap(
                PageLayout.compute(width, height, title.height(), legendH, calloutsH, footer.size() * FOOT_LINE + 2),
                page);
        TimelineArea.Frame frame = probe(s, b, view, layout, shown, dimmed, lanes, chartH, true);
        return new Prepared(layout, shown, dimmed, lanes, notes, footer, title, frame, faint, chartH);
    }

    /** A trial paint of the timeline; {@code final} when it is the page's layout (its texts are what the page prints). */
    private static TimelineArea.Frame probe(
            Surface s,
            Briefing b,
            BriefingView view,
            PageLayout layout,
            List<Event> shown,
            List<Event> dimmed,
            Lanes lanes,
            double chartH,
            boolean isFinal) {
        double k = layout.timelineScale();
        MeasureOnly m = isFinal ? new MeasureOnly(s) : new MeasureOnly(s, null);
        // the page clips the timeline to its box (paintTimeline): a title running past it is cut there
        m.pushClip(0, 0, layout.timeline().w() / k, layout.timeline().h() / k);
        return TimelineArea.paint(
                m,
                b.dataset(),
                shown,
                dimmed,
                view.window(),
                layout.timeline().w() / k,
                layout.timeline().h() / k - chartH,
                b.zone(),
                b.theme(),
                lanes);
    }

    private static PageLayout withMap(PageLayout layout, BriefingPage.Timeline page) {
        return page.map() ? layout.withMapPanel() : layout;
    }

    private static List<Event> onLanes(List<Event> events, Lanes lanes) {
        return events.stream().filter(e -> lanes.lanesOf(e).length > 0).toList();
    }

    private PageLayout paintTimeline(
            Surface s, double width, double height, Briefing b, BriefingPage.Timeline page, int index, int pages) {
        Prepared p = prepare(s, width, height, b, page, index, pages);
        Dataset d = b.dataset();
        PageLayout layout = p.layout;
        banner(s, layout.topBanner(), b.classification());
        p.title.paint(s, layout.titleBlock());
        PageLayout.Box tl = layout.timeline();
        double k = layout.timelineScale();
        TransformSurface ts = new TransformSurface(s, tl.x(), tl.y(), k);
        ts.pushClip(0, 0, tl.w() / k, tl.h() / k);
        TimelineArea.Frame frame = TimelineArea.paint(
                ts,
                d,
                p.shown,
                p.dimmed,
                page.view().window(),
                tl.w() / k,
                tl.h() / k - p.chartHeight,
                b.zone(),
                b.theme(),
                p.lanes);
        List<Annotation> shown = AnnotationOverlayPainter.paint(ts, frame, d, p.notes, b.theme(), page.noteNumbers());
        if (p.chartHeight > 0) {
            SeriesChart.paint(
                    ts, d, page.view().window(), tl.w() / k, tl.h() / k - p.chartHeight, p.chartHeight, b.theme());
        }
        ts.popClip();
        s.setStroke(b.theme().majorGrid(), 1, 0.75);
        s.strokeRect(tl.x(), tl.y(), tl.w(), tl.h());
        if (layout.hasMap()) {
            MapPanel.paint(s, layout.map(), b, page.view().window(), p.shown, b.inWindow(page.view()), k);
        }
        if (layout.legend().h() > 0) {
            PageLegend.paint(s, layout.legend(), d, p.notes.isEmpty(), page.chart(), b.theme());
        }
        if (layout.callouts().h() > 0 && !shown.isEmpty()) {
            Callouts.of(s, d, shown, page.noteNumbers(), layout.callouts().w()).paint(s, layout.callouts(), b.theme());
        }
        footer(
                s,
                layout.footer(),
                footerLines(
                        s, b, cited(d, frame.hits(), p.faint), layout.footer().w()),
                b.theme());
        banner(s, layout.bottomBanner(), b.classification());
        return layout;
    }

    private PageLayout paintChartPage(
            Surface s, double width, double height, Briefing b, BriefingPage.Chart page, int index, int pages) {
        double inner = width - 2 * PageLayout.MARGIN;
        TitleBlock title = TitleBlock.of(s, b, page.view(), b.inWindow(page.view()), inner, index, pages, "series");
        List<String> foot = List.of(dataLine(b));
        double legendH = PageLegend.height(s, b.dataset(), true, true, inner, b.theme());
        PageLayout layout = PageLayout.compute(width, height, title.height(), legendH, 0, FOOT_LINE + 2);
        PageLegend.paint(s, layout.legend(), b.dataset(), true, true, b.theme());
        banner(s, layout.topBanner(), b.classification());
        title.paint(s, layout.titleBlock());
        PageLayout.Box box = layout.timeline();
        double k = layout.timelineScale();
        TransformSurface ts = new TransformSurface(s, box.x(), box.y(), k);
        ts.pushClip(0, 0, box.w() / k, box.h() / k);
        // The timeline's axis on top, so the chart reads against the same dates as the timeline page.
        AxisPainter.paint(
                ts,
                b.theme(),
                page.view().window(),
                TimelinePainter.GUTTER,
                box.w() / k - TimelinePainter.GUTTER,
                0,
                box.h() / k,
                b.zone());
        SeriesChart.paint(
                ts,
                b.dataset(),
                page.view().window(),
                box.w() / k,
                AxisPainter.HEIGHT,
                box.h() / k - AxisPainter.HEIGHT,
                b.theme());
        ts.popClip();
        s.setStroke(b.theme().majorGrid(), 1, 0.75);
        s.strokeRect(box.x(), box.y(), box.w(), box.h());
        footer(s, layout.footer(), foot, b.theme());
        banner(s, layout.bottomBanner(), b.classification());
        return layout;
    }

    private PageLayout paintMapPage(
            Surface s, double width, double height, Briefing b, BriefingPage.MapPage page, int index, int pages) {
        double inner = width - 2 * PageLayout.MARGIN;
        List<Event> records = b.inWindow(page.view());
        TitleBlock title = TitleBlock.of(s, b, page.view(), records, inner, index, pages, "map");
        s.setFont(FOOT);
        List<String> foot = List.of(
                TextFit.ellipsize(
                        s,
                        "Places and their coordinates as the data file cites them;"
                                + " a record at several places is counted at each. " + MapPanel.CREDIT + ".",
                        inner),
                dataLine(b));
        PageLayout layout = PageLayout.compute(width, height, title.height(), 0, 0, foot.size() * FOOT_LINE + 2);
        banner(s, layout.topBanner(), b.classification());
        title.paint(s, layout.titleBlock());
        MapPanel.paint(s, layout.timeline(), b, page.view().window(), records, records, layout.timelineScale());
        footer(s, layout.footer(), foot, b.theme());
        banner(s, layout.bottomBanner(), b.classification());
        return layout;
    }

    static void banner(Surface s, PageLayout.Box box, Classification c) {
        s.setFill(c.background(), 1);
        s.fillRect(box.x(), box.y(), box.w(), box.h());
        s.setFont(BANNER_FONT);
        s.setFill(c.foreground(), 1);
        String text = TextFit.ellipsize(s, c.text(), box.w() - 12);
        s.fillText(text, box.x() + (box.w() - s.textWidth(text)) / 2, box.y() + box.h() / 2 + 3.2);
    }

    static String windowText(BriefingView view, ZoneId zone) {
        ZonedDateTime from = Instant.ofEpochMilli(view.window().start()).atZone(zone);
        ZonedDateTime to = Instant.ofEpochMilli(view.window().end()).atZone(zone);
        boolean days =
                from.toLocalTime().toSecondOfDay() == 0 && to.toLocalTime().toSecondOfDay() == 0;
        DateTimeFormatter f = days ? DAY : MINUTE;
        return f.format(from) + " \u2013 " + f.format(days ? to.minusDays(1) : to);
    }

    static String zoneText(ZoneId zone, Instant at) {
        String offset = zone.getRules().getOffset(at).getId();
        String id = zone.getId();
        if ("Z".equals(offset)) {
            return "UTC".equals(id) || "Z".equals(id) ? "UTC" : id + " (UTC)";
        }
        return id + " (UTC" + offset + ")";
    }

    /** The military date-time group of an instant, in UTC: 061530ZDEC26. */
    public static String dtg(Instant at) {
        return DTG.format(at.atZone(ZoneId.of("UTC"))).toUpperCase(Locale.ROOT);
    }

    /** Sources cited by the records actually drawn, in the dataset's order. */
    static List<io.opstimeline.core.model.Source> cited(Dataset d, HitMap hits) {
        return cited(d, hits, Set.of());
    }

    /** As above, leaving out the records drawn faintly (a view that dims rather than hides). */
    static List<io.opstimeline.core.model.Source> cited(Dataset d, HitMap hits, Set<String> faint) {
        Set<String> ids = new LinkedHashSet<>();
        for (HitMap.Box box : hits.boxes()) {
            if (!faint.contains(box.eventId())) {
                d.event(box.eventId()).map(Event::sourceIds).ifPresent(ids::addAll);
            }
        }
        return d.sources().stream().filter(src -> ids.contains(src.id())).toList();
    }

    static String dataLine(Briefing b) {
        Dataset d = b.dataset();
        Instant at = b.options().exportedAt();
        return "Data: " + d.fingerprint().fileName() + "   SHA-256: "
                + d.fingerprint().sha256() + "   Exported " + MINUTE.format(at.atZone(ZoneId.of("UTC")))
                + " UTC by Ops Timeline";
    }

    private static List<String> footerLines(
            Surface s, Briefing b, List<io.opstimeline.core.model.Source> sources, double width) {
        s.setFont(FOOT);
        StringBuilder text = new StringBuilder("Sources cited by the records shown (reliability A\u2013F): ");
        if (sources.isEmpty()) {
            text.append("none.");
        }
        int[] entryEnds = new int[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            io.opstimeline.core.model.Source src = sources.get(i);
            text.append('[')
                    .append(src.reliabilityIfKnown().map(Enum::name).orElse("?"))
                    .append("] ")
                    .append(src.title());
            if (src.publisher() != null) {
                text.append(", ").append(src.publisher());
            }
            if (src.date() != null) {
                text.append(", ").append(src.date().display());
            }
            text.append(i + 1 < sources.size() ? "; " : ".");
            entryEnds[i] = text.toString().replaceAll("\\s+", " ").trim().length();
        }
        List<String> lines = new ArrayList<>(TextFit.wrap(s, text.toString(), width));
        if (lines.size() > MAX_SOURCE_LINES) {
            lines = new ArrayList<>(lines.subList(0, MAX_SOURCE_LINES));
            // Say how many did not fit, and where they are, rather than silently dropping them.
            int kept = String.join(" ", lines).length();
            int more = 0;
            for (int end : entryEnds) {
                if (end > kept) {
                    more++;
                }
            }
            String suffix = " \u2026 and " + more + " more source" + (more == 1 ? "" : "s") + " (events table)";
            String last = lines.get(MAX_SOURCE_LINES - 1);
            lines.set(
                    MAX_SOURCE_LINES - 1,
                    TextFit.ellipsize(s, last, width - s.textWidth(suffix)).replaceAll("\u2026$", "") + suffix);
        }
        lines.add(TextFit.ellipsize(s, dataLine(b), width));
        return lines;
    }

    static void footer(Surface s, PageLayout.Box box, List<String> lines, Theme theme) {
        s.setStroke(theme.majorGrid(), 1, 0.5);
        s.line(box.x(), box.y() - 2, box.right(), box.y() - 2);
        s.setFont(FOOT);
        s.setFill(theme.mutedText(), 1);
        for (int i = 0; i < lines.size(); i++) {
            s.fillText(lines.get(i), box.x(), box.y() + 7 + i * FOOT_LINE);
        }
    }
}
