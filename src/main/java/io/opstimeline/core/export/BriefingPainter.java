package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Paints one briefing page onto any {@link Surface}: classification banners top and bottom, title
 * block with the window and its time zone, the timeline with annotations, legend, numbered
 * callouts, and a footer with the cited sources, the data file's fingerprint and the export time.
 * PNG, SVG, PDF and the clipboard all come through here.
 */
public final class BriefingPainter {
    static final FontSpec BANNER_FONT = new FontSpec(9, true);
    static final FontSpec TITLE_FONT = new FontSpec(16, true);
    static final FontSpec SUBTITLE_FONT = new FontSpec(10, false);
    static final FontSpec META_FONT = new FontSpec(8.5, false);
    static final FontSpec META_BOLD = new FontSpec(8.5, true);
    static final FontSpec SMALL = new FontSpec(7.5, false);
    static final FontSpec SMALL_BOLD = new FontSpec(7.5, true);
    static final FontSpec FOOT = new FontSpec(6.5, false);
    static final double SMALL_LINE = 10;
    static final double FOOT_LINE = 8.4;
    private static final int MAX_CALLOUT_ROWS = 6;
    private static final int MAX_SOURCE_LINES = 6;
    private static final Theme THEME = Theme.LIGHT;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.ENGLISH);

    /** Paints page {@code page} (0-based) of the briefing at the given size; returns the layout used. */
    public PageLayout paint(Surface s, double width, double height, Briefing b, int page) {
        BriefingView view = b.pages().get(page);
        Dataset d = b.dataset();
        s.setFill(THEME.background(), 1);
        s.fillRect(0, 0, width, height);

        // The timeline decides what is shown, and the rest of the page describes what is shown, so
        // the heights of legend, callouts and footer are measured from a trial layout first. The
        // trial assumes the largest footer and the callouts the window could hold, so it sees the
        // timeline at (nearly always exactly) its final height.
        double inner = width - 2 * PageLayout.MARGIN;
        double legendH = b.options().legend() ? 14 : 0;
        long inWindow = b.annotations().stream().filter(a -> a.start() == null || view.window().overlaps(
                a.start().toEpochMilli(), (a.end() == null ? a.start() : a.end()).toEpochMilli())).count();
        double calloutGuess = b.options().callouts() && inWindow > 0
                ? 4 + SMALL_LINE * Math.min(MAX_CALLOUT_ROWS, (inWindow + 1) / 2) : 0;
        PageLayout layout = PageLayout.compute(width, height, legendH, calloutGuess,
                (MAX_SOURCE_LINES + 1) * FOOT_LINE + 2);
        List<Event> shownRecords = b.admitted(view);
        List<Event> dimmed = b.dimmed(view);
        TimelineArea.Frame probe = TimelineArea.paint(new MeasureOnly(s), d, shownRecords, dimmed, view.window(),
                layout.timeline().w() / layout.timelineScale(), layout.timeline().h() / layout.timelineScale(), b.zone(),
                THEME, view.laneMode());
        List<Annotation> notes = AnnotationOverlayPainter.visible(b.annotations(), d, probe);
        Set<String> faint = new java.util.HashSet<>();
        dimmed.forEach(e -> faint.add(e.id()));
        List<String> footer = footerLines(s, b, cited(d, probe.hits(), faint), inner);
        double calloutsH = b.options().callouts() && !notes.isEmpty()
                ? 4 + SMALL_LINE * Math.min(MAX_CALLOUT_ROWS, (notes.size() + 1) / 2) : 0;
        layout = PageLayout.compute(width, height, legendH, calloutsH, footer.size() * FOOT_LINE + 2);

        banner(s, layout.topBanner(), b.classification());
        titleBlock(s, layout.titleBlock(), b, view, page);
        PageLayout.Box tl = layout.timeline();
        double k = layout.timelineScale();
        TransformSurface ts = new TransformSurface(s, tl.x(), tl.y(), k);
        ts.pushClip(0, 0, tl.w() / k, tl.h() / k);
        TimelineArea.Frame frame = TimelineArea.paint(ts, d, shownRecords, dimmed, view.window(), tl.w() / k, tl.h() / k,
                b.zone(), THEME, view.laneMode());
        List<Annotation> shown = AnnotationOverlayPainter.paint(ts, frame, d, b.annotations(), THEME);
        ts.popClip();
        s.setStroke(THEME.majorGrid(), 1, 0.75);
        s.strokeRect(tl.x(), tl.y(), tl.w(), tl.h());
        if (legendH > 0) {
            legend(s, layout.legend(), d, b.annotations().isEmpty());
        }
        if (layout.callouts().h() > 0 && !shown.isEmpty()) {
            callouts(s, layout.callouts(), d, shown);
        }
        footer(s, layout.footer(), footerLines(s, b, cited(d, frame.hits(), faint), inner));
        banner(s, layout.bottomBanner(), b.classification());
        return layout;
    }

    private static void banner(Surface s, PageLayout.Box box, Classification c) {
        s.setFill(c.background(), 1);
        s.fillRect(box.x(), box.y(), box.w(), box.h());
        s.setFont(BANNER_FONT);
        s.setFill(c.foreground(), 1);
        String text = TextFit.ellipsize(s, c.text(), box.w() - 12);
        s.fillText(text, box.x() + (box.w() - s.textWidth(text)) / 2, box.y() + box.h() / 2 + 3.2);
    }

    private static void titleBlock(Surface s, PageLayout.Box box, Briefing b, BriefingView view, int page) {
        ZoneId zone = b.zone();
        List<String> right = new ArrayList<>();
        right.add(windowText(view, zone));
        right.add("All times " + zoneText(zone, Instant.ofEpochMilli(view.window().start())));
        if (b.pages().size() > 1 || view.name() != null) {
            right.add((view.name() == null ? "" : "View: " + view.name() + "   ")
                    + "Page " + (page + 1) + " of " + b.pages().size());
        }
        s.setFont(META_FONT);
        double rightW = 0;
        for (String line : right) {
            rightW = Math.max(rightW, s.textWidth(line));
        }
        double leftW = box.w() - rightW - 16;
        s.setFont(TITLE_FONT);
        s.setFill(THEME.text(), 1);
        s.fillText(TextFit.ellipsize(s, b.title(), leftW), box.x(), box.y() + 15);
        String subtitle = b.options().subtitle();
        if (subtitle != null && !subtitle.isBlank()) {
            s.setFont(SUBTITLE_FONT);
            s.setFill(THEME.mutedText(), 1);
            s.fillText(TextFit.ellipsize(s, subtitle, leftW), box.x(), box.y() + 31);
        }
        for (int i = 0; i < right.size(); i++) {
            s.setFont(i == 0 ? META_BOLD : META_FONT);
            s.setFill(i == 0 ? THEME.text() : THEME.mutedText(), 1);
            String line = right.get(i);
            s.fillText(line, box.right() - s.textWidth(line), box.y() + 10 + i * 11);
        }
    }

    static String windowText(BriefingView view, ZoneId zone) {
        ZonedDateTime from = Instant.ofEpochMilli(view.window().start()).atZone(zone);
        ZonedDateTime to = Instant.ofEpochMilli(view.window().end()).atZone(zone);
        boolean days = from.toLocalTime().toSecondOfDay() == 0 && to.toLocalTime().toSecondOfDay() == 0;
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

    private static void legend(Surface s, PageLayout.Box box, Dataset d, boolean noAnnotations) {
        double x = box.x();
        double mid = box.y() + box.h() / 2;
        s.setFont(SMALL_BOLD);
        s.setFill(THEME.text(), 1);
        s.fillText("Legend", x, mid + 3);
        x += s.textWidth("Legend") + 10;
        s.setFont(SMALL);
        for (EventKind k : d.kinds()) {
            x = swatch(s, x, mid, k.color(), k.label(), box.right());
        }
        // The drawing conventions a reader of paper cannot hover to discover.
        s.setStroke(THEME.mutedText(), 1, 0.75);
        s.setLineDash(2, 2);
        s.strokeRect(x, mid - 3.5, 14, 7);
        s.setLineDash();
        s.setFill(THEME.text(), 1);
        s.fillText("uncertain date", x + 18, mid + 3);
        x += 18 + s.textWidth("uncertain date") + 12;
        if (!noAnnotations) {
            s.setFill(io.opstimeline.core.annotate.Annotation.DEFAULT_COLOR, 1);
            s.fillOval(x, mid - 4, 8, 8);
            s.setFill(THEME.text(), 1);
            s.fillText("annotation (numbered below)", x + 12, mid + 3);
        }
    }

    private static double swatch(Surface s, double x, double mid, Rgb color, String label, double limit) {
        double w = 12 + s.textWidth(label) + 12;
        if (x + w > limit) {
            return x;
        }
        s.setFill(color, 1);
        s.fillRect(x, mid - 4, 8, 8);
        s.setFill(THEME.text(), 1);
        s.fillText(label, x + 12, mid + 3);
        return x + w;
    }

    private static void callouts(Surface s, PageLayout.Box box, Dataset d, List<Annotation> shown) {
        double colW = (box.w() - 12) / 2;
        int rows = Math.max(1, Math.min((int) ((box.h() - 4) / SMALL_LINE), (shown.size() + 1) / 2));
        int capacity = rows * 2;
        for (int i = 0; i < shown.size() && i < capacity; i++) {
            double x = box.x() + (i / rows) * (colW + 12);
            double y = box.y() + 2 + (i % rows) * SMALL_LINE;
            Annotation a = shown.get(i);
            boolean last = i == capacity - 1 && shown.size() > capacity;
            s.setFill(a.color(), 1);
            s.fillOval(x, y + 1, 8, 8);
            s.setFont(SMALL_BOLD);
            s.setFill(THEME.text(), 1);
            String n = Integer.toString(i + 1);
            s.fillText(n, x + 11, y + 8);
            s.setFont(SMALL);
            String pin = AnnotationOverlayPainter.record(d, a).map(e -> " [" + e.title() + "]").orElse("");
            String text = last ? "+" + (shown.size() - capacity + 1) + " more annotations"
                    : AnnotationOverlayPainter.firstLine(a.text()) + pin;
            double tx = x + 14 + s.textWidth("00");
            s.fillText(TextFit.ellipsize(s, text, colW - (tx - x)), tx, y + 8);
        }
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

    private static List<String> footerLines(Surface s, Briefing b, List<io.opstimeline.core.model.Source> sources,
                                            double width) {
        s.setFont(FOOT);
        StringBuilder text = new StringBuilder("Sources cited by the records shown (reliability A\u2013F): ");
        if (sources.isEmpty()) {
            text.append("none.");
        }
        int[] entryEnds = new int[sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            io.opstimeline.core.model.Source src = sources.get(i);
            text.append('[').append(src.reliabilityIfKnown().map(Enum::name).orElse("?")).append("] ").append(src.title());
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
            // Say how many did not fit rather than silently dropping them.
            int kept = String.join(" ", lines).length();
            int more = 0;
            for (int end : entryEnds) {
                if (end > kept) {
                    more++;
                }
            }
            String suffix = " \u2026 and " + more + " more source" + (more == 1 ? "" : "s");
            String last = lines.get(MAX_SOURCE_LINES - 1);
            lines.set(MAX_SOURCE_LINES - 1, TextFit.ellipsize(s, last, width - s.textWidth(suffix)).replaceAll("\u2026$", "")
                    + suffix);
        }
        Dataset d = b.dataset();
        Instant at = b.options().exportedAt();
        lines.add("Data: " + d.fingerprint().fileName() + "   SHA-256: " + d.fingerprint().sha256()
                + "   Exported " + MINUTE.format(at.atZone(ZoneId.of("UTC"))) + " UTC by Ops Timeline");
        return lines;
    }

    private static void footer(Surface s, PageLayout.Box box, List<String> lines) {
        s.setStroke(THEME.majorGrid(), 1, 0.5);
        s.line(box.x(), box.y() - 2, box.right(), box.y() - 2);
        s.setFont(FOOT);
        s.setFill(THEME.mutedText(), 1);
        for (int i = 0; i < lines.size(); i++) {
            s.fillText(lines.get(i), box.x(), box.y() + 6.5 + i * FOOT_LINE);
        }
    }
}
