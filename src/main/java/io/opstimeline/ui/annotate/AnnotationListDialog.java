package io.opstimeline.ui.annotate;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.AnnotationStore;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Every annotation of the open dataset, to edit or delete; follows undo and redo while open. */
final class AnnotationListDialog extends Dialog<Void> {
    AnnotationListDialog(Window owner, AnnotationStore store, Consumer<Annotation> edit, Dataset dataset) {
        initOwner(owner);
        setTitle("Annotations");
        ListView<Annotation> list = new ListView<>();
        list.setPrefSize(560, 360);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : describe(a, dataset));
            }
        });
        Consumer<AnnotationDocument> follow = doc -> list.getItems().setAll(doc.annotations());
        follow.accept(store.document());
        store.addListener(follow);
        setOnHidden(e -> store.removeListener(follow));
        Button editButton = new Button("Edit\u2026");
        editButton.setOnAction(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                edit.accept(a);
            }
        });
        Button deleteButton = new Button("Delete");
        deleteButton.setOnAction(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                store.remove(a.id());
            }
        });
        editButton
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        deleteButton
                .disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        VBox box = new VBox(8, list, new HBox(8, editButton, deleteButton));
        box.setPadding(new Insets(8));
        getDialogPane().setContent(box);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        io.opstimeline.ui.Dialogs.fitScreen(this);
    }

    private static String describe(Annotation a, Dataset d) {
        String where;
        if (a.eventId() != null) {
            where = "on "
                    + (d == null
                            ? a.eventId()
                            : d.event(a.eventId()).map(Event::title).orElse(a.eventId()));
        } else if (a.end() != null) {
            where = a.start().toString().substring(0, 10) + " \u2013 "
                    + a.end().toString().substring(0, 10);
        } else {
            where = a.start().toString().substring(0, 10);
        }
        return a.kind().name().toLowerCase(java.util.Locale.ROOT) + ", " + where + ": " + a.text();
    }
}
