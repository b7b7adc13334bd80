package io.opstimeline.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Shared dialog sizing: a dialog opens at least as large as its content asks, so no label is cut,
 * but never larger than the screen it opens on, so its title and buttons stay in reach.
 */
public final class Dialogs {
    /**
     * A {@link Rectangle2D} under this key in an owner window's properties is the room its dialogs
     * must fit, in place of its screen's visual bounds: tests show a 1280x720 screen on a larger one.
     */
    public static final String ROOM = "ops-timeline.dialog-room";

    private static final String KEPT_INSIDE = "ops-timeline.kept-inside";

    private Dialogs() {}

    /**
     * The dialog pane may not shrink below its preferred size (JavaFX lets it, and on some window
     * managers a dialog then opens with "C..." buttons and "Fr..." labels); a pane taller or wider
     * than the screen is then cut to the screen ({@link #fitScreen}).
     */
    public static void fitContent(Dialog<?> dialog) {
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        fitScreen(dialog);
    }

    /**
     * Once shown, the dialog is made no taller or wider than its screen's visual bounds and moved
     * inside them. Without a window manager nothing else does: the CSV import dialog opened 734 px
     * tall on a 720 px screen, its title and first rows above the top edge. What the dialog then
     * cannot show must scroll: wrap such content in {@link #scrolling}.
     */
    public static void fitScreen(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> {
            DialogPane pane = dialog.getDialogPane();
            Window window = pane.getScene().getWindow();
            // GTK reports the window's real size and place a moment after it is shown: check then
            // too (once per window: a dialog shown again keeps its stage and its listeners)
            if (window.getProperties().putIfAbsent(KEPT_INSIDE, Boolean.TRUE) == null) {
                InvalidationListener again = o -> keepInside(pane);
                window.heightProperty().addListener(again);
                window.widthProperty().addListener(again);
                window.yProperty().addListener(again);
                window.xProperty().addListener(again);
            }
            keepInside(pane);
        });
    }

    /** Content in a scroll pane as wide as the dialog, scrolling up and down when the screen is short. */
    public static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // a short screen first shrinks what can shrink (a message area), only then scrolls the rest
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // no frame of its own inside the dialog's; with room to spare it is as tall as its content
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static void keepInside(DialogPane pane) {
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null || !window.isShowing() || Double.isNaN(window.getHeight())) {
            return;
        }
        Rectangle2D room = room(window);
        // the window may be larger than the pane by a window manager's frame: take that off too
        double tooTall = window.getHeight() - room.getHeight();
        if (tooTall > 0) {
            pane.setPrefHeight(pane.getHeight() - tooTall);
            window.setHeight(room.getHeight());
        }
        double tooWide = window.getWidth() - room.getWidth();
        if (tooWide > 0) {
            pane.setPrefWidth(pane.getWidth() - tooWide);
            window.setWidth(room.getWidth());
        }
        window.setX(clamp(window.getX(), room.getMinX(), room.getMaxX() - window.getWidth()));
        window.setY(clamp(window.getY(), room.getMinY(), room.getMaxY() - window.getHeight()));
    }

    /** The owner's room if it names one, else the visual bounds of the screen the owner is on. */
    static Rectangle2D room(Window dialog) {
        Window owner = dialog instanceof Stage s && s.getOwner() != null ? s.getOwner() : dialog;
        for (Window w = owner; w != null; w = w instanceof Stage s ? s.getOwner() : null) {
            if (w.getProperties().get(ROOM) instanceof Rectangle2D room) {
                return room;
            }
        }
        List<Screen> screens = Screen.getScreensForRectangle(
                owner.getX(), owner.getY(), Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
