package io.opstimeline.ui.annotate;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.AnnotationKind;
import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.model.Rgb;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.stage.Window;

/**
 * Creates or edits one annotation: text, colour and, unless it is pinned to a record, its kind and
 * dates (typed as the data files write them: 2011-03-31, or 2011-03-31T14:30Z). OK stays refused,
 * with the reason shown, until the dates make sense.
 */
public final class AnnotationDialog extends Dialog<Annotation> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmXXX");
    private final Annotation original;
    private final ZoneId zone;
    private final ChoiceBox<AnnotationKind> kind = new ChoiceBox<>();
    private final TextField start = new TextField();
    private final TextField end = new TextField();
    private final TextArea text = new TextArea();
    private final ColorPicker color = new ColorPicker();
    private final Label problem = new Label();

    /**
     * @param original the annotation to edit, or a template for a new one (its id is kept)
     * @param recordTitle title of the record a note is pinned to, or null
     */
    public AnnotationDialog(Window owner, Annotation original, String recordTitle, ZoneId zone) {
        this.original = original;
        this.zone = zone;
        initOwner(owner);
        setTitle(recordTitle != null ? "Note on record" : "Annotation");
        setHeaderText(
                recordTitle != null
                        ? "Note on \u201c" + recordTitle + "\u201d"
                        : "Note, marker or highlighted interval");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        if (original.eventId() == null) {
            kind.getItems().setAll(AnnotationKind.values());
            kind.setValue(original.kind());
            kind.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(AnnotationKind k) {
                    return k == null ? "" : label(k);
                }

                @Override
                public AnnotationKind fromString(String s) {
                    return kind.getItems().stream()
                            .filter(k -> label(k).equals(s))
                            .findFirst()
                            .orElse(null);
                }
            });
            kind.setId("annotation-kind");
            grid.addRow(row++, new Label("Kind"), kind);
            start.setText(format(original.start()));
            end.setText(format(original.end()));
            start.setId("annotation-start");
            end.setId("annotation-end");
            end.setPromptText("only for a range or interval");
            markWhileTyping(start, "From", false);
            markWhileTyping(end, "To", true);
            grid.addRow(row++, new Label("From"), start);
            grid.addRow(row++, new Label("To"), end);
        }
        text.setText(original.text());
        text.setPrefRowCount(4);
        text.setWrapText(true);
        text.setId("annotation-text");
        color.setValue(Color.rgb(
                original.color().red(),
                original.color().green(),
                original.color().blue()));
        grid.addRow(row++, new Label("Text"), text);
        grid.addRow(row++, new Label("Colour"), color);
        problem.getStyleClass().add("problem");
        problem.setTextFill(Color.FIREBRICK);
        grid.add(problem, 1, row);
        for (javafx.scene.Node n : grid.getChildren()) {
            if (n instanceof Label l && GridPane.getColumnIndex(l) != null && GridPane.getColumnIndex(l) == 0) {
                l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // "From", never "..."
            }
        }
        problem.setWrapText(true);
        problem.setMaxWidth(360);
        getDialogPane().setContent(grid);
        io.opstimeline.ui.Dialogs.fitContent(this);
        ButtonType ok = new ButtonType("OK", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            try {
                build();
                problem.setText("");
            } catch (IllegalArgumentException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == ok ? build() : null);
        setOnShown(e -> text.requestFocus());
    }

    /** Bad dates are outlined where they are typed, with the reason in the tooltip; OK says it again. */
    private void markWhileTyping(TextField field, String name, boolean optional) {
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        field.textProperty().addListener((o, was, now) -> {
            String error = null;
            try {
                parse(now, name, optional);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
            field.pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, error != null);
            field.getStyleClass().remove(io.opstimeline.ui.filter.DateField.INVALID);
            if (error != null) {
                field.getStyleClass().add(io.opstimeline.ui.filter.DateField.INVALID);
            }
            why.setText(error == null ? "A date like 2011-03-31, or 2011-03-31T14:30Z" : error);
            field.setTooltip(why);
        });
    }

    /** "Interval", as the menus name it, not the enum's "INTERVAL". */
    static String label(AnnotationKind k) {
        switch (k) {
            case MARKER:
                return "Marker";
            case INTERVAL:
                return "Highlighted interval";
            default:
                return "Note";
        }
    }

    private Annotation build() {
        Color c = color.getValue();
        Rgb rgb = new Rgb((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255), (int)
                Math.round(c.getBlue() * 255));
        if (original.eventId() != null) {
            return original.withText(text.getText()).withColor(rgb);
        }
        Instant from = parse(start.getText(), "From", false);
        Instant to = parse(end.getText(), "To", true);
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("\u201cTo\u201d must be after \u201cFrom\u201d");
        }
        AnnotationKind k = kind.getValue();
        if (k == AnnotationKind.MARKER) {
            to = null;
        }
        return new Annotation(original.id(), k, null, from, to, text.getText(), rgb);
    }

    private Instant parse(String value, String field, boolean optional) {
        if (value == null || value.isBlank()) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException("\u201c" + field + "\u201d needs a date");
        }
        try {
            return DateParser.parse(value.strip(), zone).instant();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    private String format(Instant t) {
        if (t == null) {
            return "";
        }
        ZonedDateTime z = t.atZone(zone);
        return z.toLocalTime().toSecondOfDay() == 0 ? DAY.format(z) : MINUTE.format(z);
    }
}
