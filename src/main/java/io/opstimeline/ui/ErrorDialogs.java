package io.opstimeline.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** A failure we did not foresee: say so plainly and say where the log is, never fail silently. */
final class ErrorDialogs {
    private ErrorDialogs() {
    }

    static Alert unexpected(Window owner, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Unexpected error");
        alert.setHeaderText(what);
        alert.setContentText(describe(error) + "\n\nThe program is still running and your data was not changed. "
                + "Details are in the log:\n" + io.opstimeline.logging.LogLocation.logFile());
        return alert;
    }

    /** "NullPointerException in TimelineView.paint" rather than a bare null message. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        StackTraceElement[] trace = error.getStackTrace();
        String where = trace.length == 0 ? "" : " in " + trace[0].getClassName()
                .substring(trace[0].getClassName().lastIndexOf('.') + 1) + "." + trace[0].getMethodName();
        return error.getClass().getSimpleName() + where + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
