package io.opstimeline.core.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Everything the sidecar file holds: annotations and saved views, immutable; edits return a copy. */
public record AnnotationDocument(List<Annotation> annotations, List<SavedView> views) {
    public static final AnnotationDocument EMPTY = new AnnotationDocument(List.of(), List.of());

    public AnnotationDocument {
        annotations = List.copyOf(annotations);
        views = List.copyOf(views);
    }

    public Optional<Annotation> annotation(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<SavedView> view(String name) {
        return views.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** Annotations pinned to one record, in the order they were made. */
    public List<Annotation> onRecord(String eventId) {
        return annotations.stream().filter(a -> eventId.equals(a.eventId())).toList();
    }

    /**
     * Notes pinned to records that {@code recordExists} does not know (renamed or removed from the
     * dataset since): they stay in the document and the file, and are reported, not drawn.
     */
    public List<Annotation> onMissingRecords(java.util.function.Predicate<String> recordExists) {
        return annotations.stream()
                .filter(a -> a.eventId() != null && !recordExists.test(a.eventId()))
                .toList();
    }

    AnnotationDocument withAnnotation(Annotation a) {
        List<Annotation> list = new ArrayList<>(annotations);
        int at = indexOf(a.id());
        if (at >= 0) {
            list.set(at, a);
        } else {
            list.add(a);
        }
        return new AnnotationDocument(list, views);
    }

    AnnotationDocument withoutAnnotation(String id) {
        return new AnnotationDocument(
                annotations.stream().filter(a -> !a.id().equals(id)).toList(), views);
    }

    AnnotationDocument withView(SavedView v) {
        List<SavedView> list = new ArrayList<>(views);
        list.replaceAll(old -> old.name().equals(v.name()) ? v : old);
        if (list.stream().noneMatch(old -> old.name().equals(v.name()))) {
            list.add(v);
        }
        return new AnnotationDocument(annotations, list);
    }

    AnnotationDocument withoutView(String name) {
        return new AnnotationDocument(
                annotations, views.stream().filter(v -> !v.name().equals(name)).toList());
    }

    private int indexOf(String id) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
