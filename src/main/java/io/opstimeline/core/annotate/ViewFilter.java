package io.opstimeline.core.annotate;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Reliability;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which records a saved view shows: a plain record any filter UI can fill. Empty lists and a null
 * text or grading mean "no restriction". {@code minGrading} is an Admiralty grading such as "B3":
 * a record passes when its best source is at least that reliable (A best) and its own credibility
 * at least that good (1 best); an unknown part fails a set bound. {@code mode} says what becomes of
 * the records that fail: hidden, or drawn faintly behind the others (as on screen); HIDE if null.
 */
public record ViewFilter(List<String> kinds, List<String> nations, String text, String minGrading, FilterMode mode) {
    public static final ViewFilter NONE = new ViewFilter(List.of(), List.of(), null, null);

    public ViewFilter(List<String> kinds, List<String> nations, String text, String minGrading) {
        this(kinds, nations, text, minGrading, FilterMode.HIDE);
    }

    public ViewFilter {
        mode = mode == null ? FilterMode.HIDE : mode;
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        nations = nations == null ? List.of() : List.copyOf(nations);
        text = text == null || text.isBlank() ? null : text.strip();
        minGrading = minGrading == null || minGrading.isBlank()
                ? null
                : minGrading.strip().toUpperCase(Locale.ROOT);
        if (minGrading != null && !minGrading.matches("[A-F]?[1-6]?")) {
            throw new IllegalArgumentException("grading must look like B3, B or 3, got " + minGrading);
        }
    }

    public boolean isEmpty() {
        return kinds.isEmpty() && nations.isEmpty() && text == null && minGrading == null;
    }

    /** Same test as the workbench's filter, so a saved view shows what the analyst saw. */
    public boolean matches(Dataset dataset, Event e) {
        return toEventFilter().matches(dataset, e);
    }

    /** The workbench filter this view filter stands for (no date range: a view has its own window). */
    public EventFilter toEventFilter() {
        Reliability reliability = null;
        Integer credibility = null;
        if (minGrading != null) {
            for (char c : minGrading.toCharArray()) {
                if (Character.isLetter(c)) {
                    reliability = Reliability.valueOf(String.valueOf(c));
                } else {
                    credibility = c - '0';
                }
            }
        }
        return new EventFilter(text, Set.copyOf(kinds), Set.copyOf(nations), null, null, reliability, credibility);
    }

    /** What to store for the workbench's current filter; its date range is left to the view's window. */
    public static ViewFilter from(EventFilter f) {
        return from(f, FilterMode.HIDE);
    }

    /** As {@link #from(EventFilter)}, with what the workbench does to the records that fail it. */
    public static ViewFilter from(EventFilter f, FilterMode mode) {
        String grading = (f.minReliability() == null ? "" : f.minReliability().name())
                + (f.maxCredibility() == null ? "" : f.maxCredibility().toString());
        return new ViewFilter(
                f.kinds().stream().sorted().toList(),
                f.nations().stream().sorted().toList(),
                f.text(),
                grading,
                mode);
    }

    /** True when failing records are drawn faintly rather than left out (and the filter rejects any). */
    public boolean dimsOthers() {
        return mode == FilterMode.DIM && !isEmpty();
    }
}
