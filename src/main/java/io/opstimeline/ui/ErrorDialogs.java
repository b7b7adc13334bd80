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
        alert.setContentText(String.valueOf(error.getMessage()) + "\n\nDetails are in the log: "
                + System.getProperty("user.home") + "/.ops-timeline/logs/ops-timeline.log");
        return alert;
    }
}
