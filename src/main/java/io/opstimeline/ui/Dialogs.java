package io.opstimeline.ui;

import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;

/** Shared dialog sizing: a dialog opens at least as large as its content asks, so no label is cut. */
public final class Dialogs {
    private Dialogs() {}

    /**
     * The dialog pane may not shrink below its preferred size (JavaFX lets it, and on some window
     * managers a dialog then opens with "C..." buttons and "Fr..." labels).
     */
    public static void fitContent(Dialog<?> dialog) {
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
    }
}
