package io.opstimeline.core.annotate;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.util.List;
import java.util.Locale;

/**
 * Which records a saved view shows: a plain record any filter UI can fill. Empty lists and a null
 * text or grading mean "no restriction". {@code minGrading} is an Admiralty grading such as "B3":
 * a record passes when its best source is at least that reliable (A best) and its own credibility
 * at least that good (1 best); an unknown part fails a set bound.
 */
public record ViewFilter(List<String> kinds, List<String> nations, String text, String minGrading) {
    public static final ViewFilter NONE = new ViewFilter(List.of(), List.of(), null, null);

    public ViewFilter {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        nations = nations == null ? List.of() : List.copyOf(nations);
        text = text == null || text.isBlank() ? null : text.strip();
        minGrading = minGrading == null || minGrading.isBlank() ? null : minGrading.strip().toUpperCase(Locale.ROOT);
        if (minGrading != null && !minGrading.matches("[A-F]?[1-6]?")) {
            throw new IllegalArgumentException("grading must look like B3, B or 3, got " + minGrading);
        }
    }

    public boolean isEmpty() {
        return kinds.isEmpty() && nations.isEmpty() && text == null && minGrading == null;
    }

    public boolean matches(Dataset dataset, Event e) {
        if (!kinds.isEmpty() && !kinds.contains(e.kind())) {
            return false;
        }
        if (!nations.isEmpty() && e.nationIds().stream().noneMatch(nations::contains)) {
            return false;
        }
        if (text != null && !mentions(e, text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        return minGrading == null || gradedAtLeast(dataset.grading(e).orElse("??"));
    }

    private static boolean mentions(Event e, String needle) {
        return contains(e.title(), needle) || contains(e.summary(), needle) || contains(e.location(), needle)
                || e.people().stream().anyMatch(p -> contains(p, needle))
                || e.tags().stream().anyMatch(t -> contains(t, needle))
                || e.quotes().stream().anyMatch(q -> contains(q.text(), needle));
    }

    private static boolean contains(String hay, String needle) {
        return hay != null && hay.toLowerCase(Locale.ROOT).contains(needle);
    }

    private boolean gradedAtLeast(String grading) {
        for (int i = 0; i < minGrading.length(); i++) {
            char bound = minGrading.charAt(i);
            char have = Character.isLetter(bound) ? grading.charAt(0) : grading.charAt(1);
            if (have == '?' || have > bound) {
                return false;
            }
        }
        return true;
    }
}
