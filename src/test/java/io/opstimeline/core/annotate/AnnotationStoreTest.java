package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationStoreTest {
    private static final Rgb RED = Rgb.parse("#ff0000");
    private final AnnotationStore store = new AnnotationStore();

    @Test
    void shouldUndoAndRedoAddEditAndDeleteInOrder() {
        // given
        Annotation note = Annotation.onRecord("n1", "talks", "first text", RED);
        store.put(note);
        store.put(note.withText("second text"));
        store.remove("n1");
        assertThat(store.document().annotations()).isEmpty();

        // when / then: each undo steps back exactly one edit
        store.undo();
        assertThat(store.document().annotation("n1")).map(Annotation::text).contains("second text");
        store.undo();
        assertThat(store.document().annotation("n1")).map(Annotation::text).contains("first text");
        store.undo();
        assertThat(store.document().annotations()).isEmpty();
        assertThat(store.canUndo()).isFalse();

        store.redo();
        store.redo();
        assertThat(store.document().annotation("n1")).map(Annotation::text).contains("second text");
        assertThat(store.undoLabel()).contains("edit note");
        assertThat(store.redoLabel()).contains("delete note");
    }

    @Test
    void shouldForgetRedoWhenANewEditIsMade() {
        store.put(Annotation.marker("m1", Instant.parse("2011-03-31T00:00:00Z"), "NATO command", RED));
        store.undo();
        assertThat(store.canRedo()).isTrue();

        store.put(Annotation.marker("m2", Instant.parse("2011-04-01T00:00:00Z"), "other", RED));

        assertThat(store.canRedo()).isFalse();
        assertThat(store.document().annotations()).extracting(Annotation::id).containsExactly("m2");
    }

    @Test
    void shouldTellListenersAboutEditsUndoAndRedo() {
        List<Integer> sizes = new ArrayList<>();
        store.addListener(doc -> sizes.add(doc.annotations().size()));

        store.put(Annotation.atInstant("a", Instant.parse("2011-05-01T00:00:00Z"), "x", null));
        store.undo();
        store.redo();

        assertThat(sizes).containsExactly(1, 0, 1);
    }

    @Test
    void shouldSaveReplaceAndDeleteViewsUndoably() {
        SavedView spring = new SavedView(
                "Spring",
                Instant.parse("2011-03-01T00:00:00Z"),
                Instant.parse("2011-06-01T00:00:00Z"),
                ViewFilter.NONE,
                null);
        store.putView(spring);
        store.putView(new SavedView("Spring", spring.start(), Instant.parse("2011-07-01T00:00:00Z"), null, null));
        assertThat(store.document().views()).hasSize(1);
        assertThat(store.document().view("Spring").orElseThrow().end())
                .isEqualTo(Instant.parse("2011-07-01T00:00:00Z"));

        store.removeView("Spring");
        store.undo();
        store.undo();

        assertThat(store.document().view("Spring")).contains(spring);
    }

    @Test
    void shouldNotRecordAnEditThatChangesNothing() {
        Annotation a = Annotation.onRecord("n1", "talks", "same", RED);
        store.put(a);
        store.put(a);
        store.remove("missing");

        store.undo();

        assertThat(store.canUndo()).isFalse();
        assertThat(store.document().annotations()).isEmpty();
    }
}
