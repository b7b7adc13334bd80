package io.opstimeline.ui.table;

import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;

/**
 * A cell whose text, when the column is too narrow for it, is still there whole in its tooltip.
 * It tells its column's owner the font and insets the theme gave it, so fixed-form columns can be
 * made as wide as their longest value in exactly the font the cells draw with.
 */
final class WholeTextCell extends TableCell<Integer, String> {
    private final Tooltip whole = new Tooltip();
    private final BiConsumer<Font, Insets> drawnWith;

    WholeTextCell(OverrunStyle overrun, BiConsumer<Font, Insets> drawnWith) {
        whole.setWrapText(true);
        whole.setMaxWidth(600);
        setTextOverrun(overrun);
        this.drawnWith = drawnWith;
    }

    /** Laid out means styled: the theme's font and padding are the cell's now, not the defaults. */
    @Override
    protected void layoutChildren() {
        drawnWith.accept(getFont(), getInsets());
        super.layoutChildren();
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        boolean blank = empty || item == null || item.isEmpty();
        setText(blank ? null : item);
        whole.setText(blank ? "" : item);
        setTooltip(blank ? null : whole);
    }
}
