package io.opstimeline.ui.table;

import java.util.Collection;
import java.util.function.IntFunction;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * How wide a column of short fixed-form values (dates, kind, grading) must be for its longest value
 * to be drawn whole: "12 May 2011", never "12 May 20…". Measured in the font and insets the table's
 * cells are actually drawn with, which the theme sets and the cells report ({@link WholeTextCell}).
 */
final class FixedFormWidths {
    /** Up to this many records every value is measured (a dataset's events, in a few milliseconds). */
    static final int MEASURE_ALL = 20_000;
    /**
     * Above it, this many records spread over the file: the values have one form (one date
     * pattern in one zone), so they differ in width only by their digits' glyphs, and a spread
     * sample finds the widest without formatting a million dates on the UI thread.
     */
    static final int SAMPLE = 4_096;
    /** The label's text is laid out at fractional pixels and snapped; a little room keeps it whole. */
    static final double SLACK = 2;

    private final Text probe = new Text();
    private final Runnable refit;
    private Font font = Font.getDefault();
    private double sides;
    private boolean refitPending;

    /** {@code refit} runs (later, outside layout) when the cells turn out to draw with another font or insets. */
    FixedFormWidths(Runnable refit) {
        this.refit = refit;
    }

    /** What a shown cell draws with; a change means every fitted width must be measured again. */
    void cellDrawnWith(Font cellFont, Insets insets) {
        double cellSides = insets.getLeft() + insets.getRight();
        if (cellFont.equals(font) && cellSides == sides) {
            return;
        }
        font = cellFont;
        sides = cellSides;
        if (!refitPending) {
            refitPending = true;
            // a cell reports during layout: widen the columns after it, not inside it
            Platform.runLater(() -> {
                refitPending = false;
                refit.run();
            });
        }
    }

    /** The width for the widest of {@code rows} values (all of them, or a spread sample of a large file). */
    double forRows(int rows, IntFunction<String> text) {
        int step = rows <= MEASURE_ALL ? 1 : Math.max(1, rows / SAMPLE);
        double widest = 0;
        for (int r = 0; r < rows; r += step) {
            widest = Math.max(widest, textWidth(text.apply(r)));
        }
        if (rows > 0) {
            widest = Math.max(widest, textWidth(text.apply(rows - 1)));
        }
        return cellWidth(widest);
    }

    /** The width for the widest of these values. */
    double forValues(Collection<String> values) {
        double widest = 0;
        for (String v : values) {
            widest = Math.max(widest, textWidth(v));
        }
        return cellWidth(widest);
    }

    private double textWidth(String s) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    private double cellWidth(double textWidth) {
        return Math.ceil(textWidth + sides + SLACK);
    }
}
