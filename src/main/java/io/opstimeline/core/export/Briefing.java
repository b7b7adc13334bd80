package io.opstimeline.core.export;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.util.List;

/** Everything a briefing export draws: the data, the notes, the choices, and one view per page. */
public record Briefing(Dataset dataset, List<Annotation> annotations, BriefingOptions options, List<BriefingView> pages) {
    public Briefing {
        annotations = List.copyOf(annotations);
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a briefing needs at least one page");
        }
    }

    public String title() {
        String t = options.title();
        return t == null || t.isBlank() ? dataset.title() : t;
    }

    /** The clock the pages use: the one chosen for the export, else the dataset's. */
    public java.time.ZoneId zone() {
        return options.zone() != null ? options.zone() : dataset.timeZone();
    }

    public Classification classification() {
        String c = options.classification();
        return Classification.of(c == null || c.isBlank() ? dataset.classification().orElse(null) : c);
    }

    /** The records a page's view draws faintly behind the admitted ones: none unless its filter dims. */
    public List<Event> dimmed(BriefingView view) {
        if (!view.filter().dimsOthers()) {
            return List.of();
        }
        return dataset.events().stream().filter(e -> !view.filter().matches(dataset, e)).toList();
    }

    /** The records a page's view admits (before any are hidden for lack of room). */
    public List<Event> admitted(BriefingView view) {
        if (view.filter().isEmpty()) {
            return dataset.events();
        }
        return dataset.events().stream().filter(e -> view.filter().matches(dataset, e)).toList();
    }
}
