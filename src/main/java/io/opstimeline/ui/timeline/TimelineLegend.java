package io.opstimeline.ui.timeline;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The timeline's symbols and what each means, drawn with the same shapes as the records, in a
 * small box over the lanes. It lets clicks through to the records under it.
 */
final class TimelineLegend extends VBox {
    private static final Rgb SAMPLE = Rgb.parse("#4f6d8f");
    private static final double W = 30;
    private static final double H = 18;

    TimelineLegend() {
        getStyleClass().add("timeline-legend");
        setId("timeline-legend");
        setSpacing(2);
        setPadding(new Insets(6, 8, 6, 8));
        setMouseTransparent(true);
        // off until asked for (View menu, or L on the timeline): at 1280x720 it would cover a sixth of the lanes
        setVisible(false);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleText("Legend: diamond, a record on one date; bar, a record with a start and an end; pale bar, "
                + "a record known only to its month or year; dashed band, where an uncertain date may fall; "
                + "numbered pill, records folded here, click or press Enter to list them.");
        setTheme(Theme.LIGHT);
    }

    /** Rebuilt for a theme: the symbols are drawn in its colours. */
    void setTheme(Theme theme) {
        getChildren()
                .setAll(
                        row(theme, s -> s.fillDiamond(W / 2, H / 2, 6), "record on one date"),
                        row(theme, s -> s.fillRect(3, 5, W - 6, H - 10), "record with a start and an end"),
                        row(
                                theme,
                                s -> {
                                    s.setFill(SAMPLE, 0.45);
                                    s.fillRect(3, 5, W - 6, H - 10);
                                },
                                "period: known only to the month or year"),
                        row(
                                theme,
                                s -> {
                                    s.setFill(SAMPLE, 0.18);
                                    s.fillRect(2, 4, W - 4, H - 8);
                                    s.setStroke(SAMPLE, 0.7, 1);
                                    s.setLineDash(3, 3);
                                    s.strokeRect(2, 4, W - 4, H - 8);
                                    s.setLineDash();
                                    s.setFill(SAMPLE, 1);
                                    s.fillDiamond(W / 2, H / 2, 5);
                                },
                                "uncertain: may fall anywhere in the band"),
                        row(
                                theme,
                                s -> {
                                    s.fillRect(3, 1, W - 6, H - 2);
                                    s.setFont(FontSpec.SMALL);
                                    s.setFill(Rgb.parse("#ffffff"), 1);
                                    s.fillText("12", 8, H / 2 + 4);
                                },
                                "records folded here: click to list"));
        setStyle(String.format(
                "-fx-background-color: %s; -fx-background-radius: 4; -fx-border-color: %s; "
                        + "-fx-border-radius: 4; -fx-opacity: 0.93;",
                css(theme.background()), css(theme.majorGrid())));
    }

    private static HBox row(Theme theme, Consumer<Surface> symbol, String meaning) {
        Canvas c = new Canvas(W, H);
        Surface s = new FxSurface(c.getGraphicsContext2D());
        s.setFill(SAMPLE, 0.9);
        symbol.accept(s);
        Label text = new Label(meaning);
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "..."
        text.setStyle("-fx-text-fill: " + css(theme.text()) + "; -fx-font-size: 11px;");
        HBox row = new HBox(6, c, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static String css(Rgb c) {
        return String.format("#%02x%02x%02x", c.red(), c.green(), c.blue());
    }
}
