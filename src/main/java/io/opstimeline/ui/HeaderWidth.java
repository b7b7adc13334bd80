package io.opstimeline.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps a table column's header readable: the column may not be made narrower than its header's
 * text (in the bold header font) plus the header's padding and sort arrow, so a constrained resize
 * policy never cuts "Grading" to "G..." or "Strike missions" to "Strike mi...".
 */
public final class HeaderWidth {
    /** Header cell padding on both sides and room for the sort arrow. */
    static final double CHROME = 34;

    private HeaderWidth() {}

    /** Sets the column's minimum width to its header's and returns the column. */
    public static <S, T> TableColumn<S, T> keepWhole(TableColumn<S, T> column) {
        double min = of(column);
        column.setMinWidth(min);
        if (column.getPrefWidth() < min) {
            column.setPrefWidth(min);
        }
        return column;
    }

    /** The width the column's header needs to be drawn whole. */
    public static double of(TableColumn<?, ?> column) {
        Text t = new Text(column.getText());
        Font base = Font.getDefault();
        t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
        return Math.ceil(t.getLayoutBounds().getWidth() + CHROME);
    }
}
