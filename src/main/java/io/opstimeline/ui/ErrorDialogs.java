package io.opstimeline.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** A failure we did not foresee: say so plainly and say where the log is, never fail silently. */
final class ErrorDialogs {
    private ErrorDialogs() {}

    static Alert unexpected(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Unexpected error");
        alert.setHeaderText(what);
        alert.setContentText(describe(error) + "\n\nThe program is still running and your data was not changed. "
                + "Details are in the log:\n" + io.opstimeline.logging.LogLocation.logFile());
        wrap(alert, 560);
        return alert;
    }

    /**
     * Header and text wrapped to a width a person can read, instead of one line running off the
     * side (a long file name in the header, a long message); a path with no spaces breaks anywhere.
     */
    static void wrap(Alert alert, double width) {
        javafx.scene.control.Label header = new javafx.scene.control.Label(alert.getHeaderText());
        header.setWrapText(true);
        header.getStyleClass().add("error-dialog-header");
        header.setStyle("-fx-font-weight: bold;");
        javafx.scene.control.Label text = new javafx.scene.control.Label(alert.getContentText());
        text.setWrapText(true);
        text.setId("error-text");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, header, text);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        header.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setHeaderText(null);
        alert.setGraphic(null);
        alert.getDialogPane().setContent(box);
        alert.setResizable(true);
        Dialogs.fitContent(alert);
    }

    /** "NullPointerException in TimelineView.paint" rather than a bare null message. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        StackTraceElement[] trace = error.getStackTrace();
        String where = trace.length == 0
                ? ""
                : " in "
                        + trace[0].getClassName()
                                .substring(trace[0].getClassName().lastIndexOf('.') + 1) + "."
                        + trace[0].getMethodName();
        return error.getClass().getSimpleName() + where + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
