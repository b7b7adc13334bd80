package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a briefing export draws: the data, the notes, the choices, and one view per page.
 * The marking is checked when the briefing is made (grammar, and no annotation marked higher than
 * the banner), so the command line and the dialog refuse a bad one before anything is written.
 */
public record Briefing(
        Dataset dataset, List<Annotation> annotations, BriefingOptions options, List<BriefingView> pages) {
    public Briefing {
        annotations = List.copyOf(annotations);
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one page");
        }
        Classification marking = marking(dataset, options);
        marking.checkPortions(annotations.stream().map(Annotation::text).toList());
    }

    private static Classification marking(Dataset dataset, BriefingOptions options) {
        String c = options.classification();
        return Classification.of(
                c == null || c.isBlank() ? dataset.classification().orElse(null) : c, options.bannerColour());
    }

    public String title() {
        String t = options.title();
        return t == null || t.isBlank() ? dataset.title() : t;
    }

    /** The clock the pages use: the one chosen for the export, else the dataset's. */
    public java.time.ZoneId zone() {
        return options.zone() != null ? options.zone() : dataset.timeZone();
    }

    /** The page's colours: light (print) unless dark was asked for (slides on a dark screen). */
    public io.opstimeline.core.render.Theme theme() {
        return options.dark() ? io.opstimeline.core.render.Theme.DARK : io.opstimeline.core.render.Theme.LIGHT;
    }

    public Classification classification() {
        return marking(dataset, options);
    }

    /** The views after splitting each into its periods (week, month, quarter), in order. */
    public List<BriefingView> periodViews() {
        List<BriefingView> out = new ArrayList<>();
        for (BriefingView v : pages) {
            for (Split.Period p : options.split().periods(v.window(), zone())) {
                String name =
                        p.name() == null ? v.name() : v.name() == null ? p.name() : v.name() + " \u2013 " + p.name();
                out.add(new BriefingView(name, p.window(), v.filter(), v.lanes()));
            }
        }
        return out;
    }

    /** The records a page's view draws faintly behind the admitted ones: none unless its filter dims. */
    public List<Event> dimmed(BriefingView view) {
        if (!view.filter().dimsOthers()) {
            return List.of();
        }
        return dataset.events().stream()
                .filter(e -> !view.filter().matches(dataset, e))
                .toList();
    }

    /** The records a page's view admits (before any are hidden for lack of room). */
    public List<Event> admitted(BriefingView view) {
        if (view.filter().isEmpty()) {
            return dataset.events();
        }
        return dataset.events().stream()
                .filter(e -> view.filter().matches(dataset, e))
                .toList();
    }

    /** The admitted records that overlap the view's window, by start: what the page set must show. */
    public List<Event> inWindow(BriefingView view) {
        return admitted(view).stream()
                .filter(e -> overlaps(view.window(), e))
                .sorted(Comparator.comparing((Event e) -> e.start().instant()).thenComparing(Event::id))
                .toList();
    }

    static boolean overlaps(TimeWindow w, Event e) {
        long from = e.coverStart().toEpochMilli();
        long to = Math.max(from, e.coverEnd().toEpochMilli());
        return w.overlaps(from, to);
    }
}
