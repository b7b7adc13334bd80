package io.opstimeline.core.annotate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The open dataset's annotations and saved views, with undo and redo. Every edit is a command that
 * remembers the document before and after it (the document is immutable, so that is two
 * references), which makes undo exact whatever the edit was. Listeners hear every change,
 * including undo and redo; the auto-saver is one of them. Edits are made from one thread (the UI
 * thread); {@link #document()} may be read from any.
 */
public final class AnnotationStore {
    private static final int UNDO_LIMIT = 500;

    /** One undoable edit, named for the Edit menu ("Undo add note"). */
    public record Edit(String label, AnnotationDocument before, AnnotationDocument after) {}

    private volatile AnnotationDocument document;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Consumer<AnnotationDocument>> listeners = new CopyOnWriteArrayList<>();

    public AnnotationStore() {
        this(AnnotationDocument.EMPTY);
    }

    public AnnotationStore(AnnotationDocument initial) {
        this.document = initial;
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public AnnotationDocument document() {
        return document;
    }

    public void addListener(Consumer<AnnotationDocument> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<AnnotationDocument> listener) {
        listeners.remove(listener);
    }

    /** Adds the annotation, or replaces the one with the same id (an edit). */
    public void put(Annotation a) {
        boolean exists = document.annotation(a.id()).isPresent();
        apply((exists ? "edit " : "add ") + noun(a), document.withAnnotation(a));
    }

    public void remove(String annotationId) {
        document.annotation(annotationId)
                .ifPresent(a -> apply("delete " + noun(a), document.withoutAnnotation(annotationId)));
    }

    /** Saves a view under its name, replacing one of the same name. */
    public void putView(SavedView view) {
        apply("save view " + view.name(), document.withView(view));
    }

    public void removeView(String name) {
        if (document.view(name).isPresent()) {
            apply("delete view " + name, document.withoutView(name));
        }
    }

    /** Replaces everything without an undo step: a newly opened dataset's sidecar. */
    public void reset(AnnotationDocument loaded) {
        undo.clear();
        redo.clear();
        document = loaded;
        fire();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoLabel() {
        return Optional.ofNullable(undo.peek()).map(Edit::label);
    }

    public Optional<String> redoLabel() {
        return Optional.ofNullable(redo.peek()).map(Edit::label);
    }

    public void undo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
            document = e.before();
            fire();
        }
    }

    public void redo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
            document = e.after();
            fire();
        }
    }

    private void apply(String label, AnnotationDocument after) {
        if (after.equals(document)) {
            return;
        }
        undo.push(new Edit(label, document, after));
        if (undo.size() > UNDO_LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        document = after;
        fire();
    }

    private void fire() {
        AnnotationDocument now = document;
        for (Consumer<AnnotationDocument> l : listeners) {
            l.accept(now);
        }
    }

    private static String noun(Annotation a) {
        switch (a.kind()) {
            case MARKER:
                return "marker";
            case INTERVAL:
                return "interval";
            default:
                return "note";
        }
    }
}
