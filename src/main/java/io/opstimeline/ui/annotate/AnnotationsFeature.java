package io.opstimeline.ui.annotate;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.AnnotationStore;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.SidecarAutoSaver;
import io.opstimeline.core.annotate.SidecarFile;
import io.opstimeline.core.export.AnnotationOverlayPainter;
import io.opstimeline.core.export.TimelineArea;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.TimelineOverlay;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.WorkbenchModel;
import io.opstimeline.ui.timeline.TimelineView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * Annotations and saved views in the workbench: loads the open dataset's sidecar, saves it in the
 * background after every edit, draws annotations over the timeline, lists a record's notes under
 * its details, and offers the Edit / Annotate / Views menus. MainWindow only places what this
 * builds.
 */
public final class AnnotationsFeature {
    private static final long SAVE_DELAY_MS = 250;
    private final TimelineView timeline;
    private final WorkbenchModel model;
    private final ObjectProperty<Dataset> dataset;
    private final Supplier<Path> dataFile;
    private final Consumer<String> status;
    private final javafx.beans.property.ReadOnlyIntegerWrapper notesOnMissingRecords =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "notesOnMissingRecords", 0);
    private final AnnotationStore store = new AnnotationStore();
    private final RecordNotesPane notesPane;
    private final MenuItem undo = new MenuItem("Undo");
    private final MenuItem redo = new MenuItem("Redo");
    private final Menu goTo = new Menu("Go to view");
    private final Menu deleteView = new Menu("Delete view");
    private SidecarAutoSaver saver;

    /**
     * @param timeline where the notes are drawn (an overlay of its own)
     * @param model    what is shown: the dataset, window, selection, filter and lanes views save and restore
     */
    public AnnotationsFeature(
            TimelineView timeline, WorkbenchModel model, Supplier<Path> dataFile, Consumer<String> status) {
        this.timeline = timeline;
        this.model = model;
        this.dataset = model.datasetProperty();
        this.dataFile = dataFile;
        this.status = status;
        this.notesPane = new RecordNotesPane(this::addNoteOnSelection, this::edit, a -> store.remove(a.id()));
        ensureOverlay();
        store.addListener(doc -> onFx(() -> {
            timeline.requestRedraw();
            refresh();
        }));
        model.selectedIdProperty().addListener((obs, old, id) -> refresh());
        dataset.addListener((obs, old, d) -> switchTo(d));
        Runtime.getRuntime().addShutdownHook(new Thread(this::flush, "annotation-final-save"));
        refresh();
    }

    private static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    public AnnotationStore store() {
        return store;
    }

    public RecordNotesPane notesPane() {
        return notesPane;
    }

    /** The sidecar being written, or empty before a dataset is open. */
    /** How many notes of the open sidecar are pinned to records the dataset lacks (kept, not drawn). */
    public javafx.beans.property.ReadOnlyIntegerProperty notesOnMissingRecordsProperty() {
        return notesOnMissingRecords.getReadOnlyProperty();
    }

    public Optional<SidecarFile> sidecar() {
        return Optional.ofNullable(saver).map(SidecarAutoSaver::sidecar);
    }

    /** Writes any pending change now; called on close and before switching datasets. */
    public void flush() {
        SidecarAutoSaver s = saver;
        if (s != null) {
            s.flush();
        }
    }

    /** Annotations are drawn last, over records, filter dimming and participation spans. */
    private final TimelineOverlay overlay = this::paintOverlay;

    private void paintOverlay(io.opstimeline.core.render.Surface surface, TimelineOverlay.Frame frame) {
        Dataset d = dataset.get();
        if (d != null) {
            AnnotationOverlayPainter.paint(
                    surface, TimelineArea.of(frame), d, store.document().annotations(), frame.theme());
        }
    }

    private void ensureOverlay() {
        if (!timeline.overlays().contains(overlay)) {
            timeline.overlays().add(overlay);
        }
    }

    private void switchTo(Dataset d) {
        // Other overlays are rebuilt on dataset changes; make sure ours is (still) there.
        Platform.runLater(this::ensureOverlay);
        if (saver != null) {
            store.removeListener(saver);
            saver.close();
            saver = null;
        }
        if (d == null) {
            store.reset(AnnotationDocument.EMPTY);
            notesOnMissingRecords.set(0);
            return;
        }
        SidecarFile sidecar = sidecarFor(d);
        SidecarFile.Loaded loaded = sidecar.load();
        store.reset(loaded.document());
        java.util.List<String> warnings = new java.util.ArrayList<>(loaded.warnings());
        // notes on records the dataset lacks stay in the file; the count is there for a notice (issue 16.7)
        notesOnMissingRecords.set(loaded.document()
                .onMissingRecords(id -> d.event(id).isPresent())
                .size());
        java.util.Optional.ofNullable(sidecar.missingRecordsWarning(loaded.document(), d))
                .ifPresent(warnings::add);
        if (!warnings.isEmpty()) {
            status.accept("Annotations: " + String.join("; ", warnings));
        }
        saver = new SidecarAutoSaver(
                sidecar,
                SAVE_DELAY_MS,
                e -> onFx(() ->
                        status.accept("Could not save annotations to " + sidecar.path() + ": " + e.getMessage())));
        store.addListener(saver);
    }

    /**
     * Beside the data file; for the bundled sample, which has no file, in the user's folder so the
     * notes still survive a restart.
     */
    private SidecarFile sidecarFor(Dataset d) {
        Path file = dataFile.get();
        if (file != null && file.getFileName().toString().equals(d.fingerprint().fileName())) {
            return SidecarFile.besideData(file);
        }
        return SidecarFile.inUserFolder(d.fingerprint().fileName());
    }

    private void refresh() {
        undo.setText(store.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        redo.setText(store.redoLabel().map(l -> "Redo " + l).orElse("Redo"));
        undo.setDisable(!store.canUndo());
        redo.setDisable(!store.canRedo());
        Dataset d = dataset.get();
        String id = model.selectedIdProperty().get();
        boolean selected = d != null && id != null && d.event(id).isPresent();
        notesPane.show(selected, selected ? store.document().onRecord(id) : java.util.List.of());
        goTo.getItems().clear();
        deleteView.getItems().clear();
        int n = 0;
        for (SavedView v : store.document().views()) {
            n++;
            MenuItem go = new MenuItem(v.name());
            go.setMnemonicParsing(false);
            go.setOnAction(e -> show(v));
            goTo.getItems().add(go);
            MenuItem del = new MenuItem(v.name());
            del.setMnemonicParsing(false);
            del.setOnAction(e -> store.removeView(v.name()));
            deleteView.getItems().add(del);
            if (n <= 9) {
                // the first nine views by number, in the order they were saved; a deletion is undoable
                go.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+" + n));
                del.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+Shift+" + n));
            }
        }
        goTo.setDisable(goTo.getItems().isEmpty());
        deleteView.setDisable(deleteView.getItems().isEmpty());
    }

    /** Edit menu items, then the Annotate and Views menus. */
    public Menu editMenu() {
        undo.setAccelerator(KeyCombination.keyCombination("Shortcut+Z"));
        undo.setOnAction(e -> store.undo());
        redo.setAccelerator(KeyCombination.keyCombination("Shortcut+Y"));
        redo.setOnAction(e -> store.redo());
        return new Menu("_Edit", null, undo, redo);
    }

    public Menu annotateMenu() {
        MenuItem onRecord = new MenuItem("Note on selected record\u2026");
        onRecord.setId("note-on-record");
        onRecord.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        onRecord.setOnAction(e -> addNoteOnSelection());
        MenuItem atDate = new MenuItem("Note at a date or range\u2026");
        atDate.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+N"));
        atDate.setOnAction(e -> create(Annotation.atInstant(AnnotationStore.newId(), centre(), "", null)));
        MenuItem marker = new MenuItem("Marker\u2026");
        marker.setAccelerator(KeyCombination.keyCombination("Shortcut+M"));
        marker.setOnAction(e -> create(Annotation.marker(AnnotationStore.newId(), centre(), "", null)));
        MenuItem interval = new MenuItem("Highlighted interval\u2026");
        interval.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+H"));
        interval.setOnAction(e -> {
            TimeWindow w = model.windowProperty().get();
            long third = w == null ? 86_400_000L : w.span() / 6;
            create(Annotation.interval(
                    AnnotationStore.newId(),
                    Instant.ofEpochMilli(centre().toEpochMilli() - third / 2),
                    Instant.ofEpochMilli(centre().toEpochMilli() + third / 2),
                    "",
                    null));
        });
        MenuItem manage = new MenuItem("All annotations\u2026");
        manage.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+A"));
        manage.setOnAction(e -> new AnnotationListDialog(owner(), store, this::edit, dataset.get()).show());
        return new Menu("_Annotate", null, onRecord, atDate, marker, interval, new SeparatorMenuItem(), manage);
    }

    public Menu viewsMenu() {
        MenuItem save = new MenuItem("Save current view\u2026");
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        save.setOnAction(e -> saveCurrentView());
        return new Menu("Vie_ws", null, save, goTo, deleteView);
    }

    private Instant centre() {
        TimeWindow w = model.windowProperty().get();
        return Instant.ofEpochMilli(w == null ? System.currentTimeMillis() : w.center());
    }

    private Window owner() {
        return timeline.getScene() == null ? null : timeline.getScene().getWindow();
    }

    /** Opens the note dialog for the selected record; tells the user when none is selected. */
    public void addNoteOnSelection() {
        Dataset d = dataset.get();
        String id = model.selectedIdProperty().get();
        Optional<Event> e = d == null || id == null ? Optional.empty() : d.event(id);
        if (e.isEmpty()) {
            status.accept("Select a record first, then add a note to it.");
            return;
        }
        new AnnotationDialog(
                        owner(),
                        Annotation.onRecord(AnnotationStore.newId(), id, "", null),
                        e.get().title(),
                        d.timeZone())
                .showAndWait()
                .ifPresent(store::put);
    }

    private void create(Annotation template) {
        Dataset d = dataset.get();
        if (d != null) {
            new AnnotationDialog(owner(), template, null, d.timeZone())
                    .showAndWait()
                    .ifPresent(store::put);
        }
    }

    void edit(Annotation a) {
        Dataset d = dataset.get();
        if (d != null) {
            String title = a.eventId() == null
                    ? null
                    : d.event(a.eventId()).map(Event::title).orElse(a.eventId());
            new AnnotationDialog(owner(), a, title, d.timeZone()).showAndWait().ifPresent(store::put);
        }
    }

    private void saveCurrentView() {
        TimeWindow w = model.windowProperty().get();
        if (w == null) {
            return;
        }
        TextInputDialog ask =
                new TextInputDialog("View " + (store.document().views().size() + 1));
        ask.initOwner(owner());
        ask.setTitle("Save view");
        ask.setHeaderText("Name this window and filter; a view of the same name is replaced.");
        // a blank name saved nothing and said nothing: OK waits for a name
        ask.getDialogPane()
                .lookupButton(javafx.scene.control.ButtonType.OK)
                .disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> ask.getEditor().getText().isBlank(),
                        ask.getEditor().textProperty()));
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty()).ifPresent(name -> {
            store.putView(model.savedView(name));
            status.accept("Saved view \u201c" + name + "\u201d");
        });
    }

    /** Switches the workbench to a saved view's lanes, window and filter. */
    public void show(SavedView v) {
        model.show(v);
    }
}
