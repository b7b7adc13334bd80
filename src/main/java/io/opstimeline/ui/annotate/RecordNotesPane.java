package io.opstimeline.ui.annotate;

import io.opstimeline.core.annotate.Annotation;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The notes pinned to the selected record, under its details, each with Edit and Delete. */
public final class RecordNotesPane extends VBox {
    private final Consumer<Annotation> edit;
    private final Consumer<Annotation> delete;
    private final Runnable add;

    public RecordNotesPane(Runnable add, Consumer<Annotation> edit, Consumer<Annotation> delete) {
        super(6);
        this.add = add;
        this.edit = edit;
        this.delete = delete;
        setId("record-notes");
        getStyleClass().add("record-notes");
        setPadding(new Insets(8, 12, 12, 12));
        show(false, List.of());
    }

    public void show(boolean recordSelected, List<Annotation> notes) {
        getChildren().clear();
        if (!recordSelected) {
            return;
        }
        Label heading = new Label("Notes");
        heading.setStyle("-fx-font-weight: bold;");
        getChildren().add(heading);
        for (Annotation a : notes) {
            Label text = new Label(a.text().isBlank() ? "(no text)" : a.text());
            text.setWrapText(true);
            text.getStyleClass().add("record-note");
            // the whole note, on as many lines as it takes: in a pane 330 px wide (a 1280 px window)
            // the text beside its buttons was cut after two lines and the buttons to "..."
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Circle dot = new Circle(
                    5, Color.rgb(a.color().red(), a.color().green(), a.color().blue()));
            HBox line = new HBox(6, dot, text);
            line.setAlignment(javafx.geometry.Pos.TOP_LEFT);
            Button editButton = new Button("Edit");
            editButton.setOnAction(e -> edit.accept(a));
            Button deleteButton = new Button("Delete");
            deleteButton.setOnAction(e -> delete.accept(a));
            for (Button b : List.of(editButton, deleteButton)) {
                b.setMinWidth(Region.USE_PREF_SIZE);
                b.setAccessibleText(b.getText() + " the note " + abbreviated(a.text()));
            }
            HBox buttons = new HBox(6, editButton, deleteButton);
            buttons.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            VBox row = new VBox(2, line, buttons);
            getChildren().add(row);
        }
        Button addButton = new Button("Add note\u2026");
        addButton.setId("add-record-note");
        addButton.setOnAction(e -> add.run());
        Region spacer = new Region();
        getChildren().addAll(spacer, addButton);
    }

    private static String abbreviated(String text) {
        String t = text.isBlank() ? "(no text)" : text.strip();
        return t.length() > 40 ? t.substring(0, 40) + "\u2026" : t;
    }
}
