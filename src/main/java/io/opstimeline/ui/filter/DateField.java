package io.opstimeline.ui.filter;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * A From or To field: takes what {@link DateInput} reads, on Enter or when focus leaves. Text that
 * is not a date is marked where it stands (style class {@code invalid-input}, AtlantaFX's danger
 * look) with a tooltip saying why, and the last good day stays in force; nothing is thrown.
 */
public final class DateField extends TextField {
    public static final String INVALID = "invalid-input";
    private static final DateInput READER = new DateInput(Locale.getDefault(Locale.Category.FORMAT));
    private final ReadOnlyObjectWrapper<LocalDate> day = new ReadOnlyObjectWrapper<>(this, "day");
    private final DateInput.End end;
    private final Tooltip hint;
    private Supplier<ZoneId> zone = () -> java.time.ZoneOffset.UTC;

    public DateField(DateInput.End end, String prompt) {
        this.end = end;
        getStyleClass().add("date-field");
        setPromptText(prompt);
        // "2011-04-01" and "04/01/2011" whole, plus the padding; not the 90 px that showed "/1/2011"
        javafx.scene.text.Text widest = new javafx.scene.text.Text("2011-04-01T12:00Z");
        widest.setFont(getFont());
        setPrefWidth(Math.ceil(widest.getLayoutBounds().getWidth()) + 26);
        hint = new Tooltip(prompt + ": " + READER.forms() + ". Empty for no limit.");
        setTooltip(hint);
        setAccessibleText(prompt + " date");
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                show(day.get());
            }
        });
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
    }

    /** The zone the user sees: a time typed in the field is read as its day there. */
    public void setZone(Supplier<ZoneId> shownZone) {
        this.zone = shownZone;
    }

    /** The day in force: the last good one typed, or null for no limit. */
    public ReadOnlyObjectProperty<LocalDate> dayProperty() {
        return day.getReadOnlyProperty();
    }

    public LocalDate getDay() {
        return day.get();
    }

    /** Sets the day from code (Clear, saved views) and shows it in ISO form. */
    public void setDay(LocalDate d) {
        show(d);
        day.set(d);
    }

    public boolean isInvalid() {
        return getStyleClass().contains(INVALID);
    }

    /** Reads the text; a good day replaces the one in force, a bad one is marked and changes nothing. */
    public void commit() {
        DateInput.Result r = READER.read(getText(), end, zone.get());
        if (!r.ok()) {
            mark(r.error());
            return;
        }
        mark(null);
        day.set(r.day());
    }

    private void show(LocalDate d) {
        setText(d == null ? "" : d.toString());
        mark(null);
    }

    private void mark(String error) {
        getStyleClass().remove(INVALID);
        pseudoClassStateChanged(atlantafx.base.theme.Styles.STATE_DANGER, error != null);
        if (error == null) {
            hint.setText(getPromptText() + ": " + READER.forms() + ". Empty for no limit.");
            return;
        }
        getStyleClass().add(INVALID);
        hint.setText(error + " Still using: " + (day.get() == null ? "no limit" : day.get()) + ".");
    }
}
