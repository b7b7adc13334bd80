package io.opstimeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * Help > User guide: the guide bundled in the jar (docs/user-guide.md, copied at build time),
 * shown as text, so it opens offline and always matches this version.
 */
final class UserGuide {
    static final String RESOURCE = "/guide/user-guide.md";

    private UserGuide() {}

    static String text() {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "The user guide is not bundled in this build (docs/user-guide.md in the source).";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The bundled user guide could not be read: " + e.getMessage();
        }
    }

    static Alert dialog(Window owner) {
        TextArea guide = new TextArea(text());
        guide.setEditable(false);
        guide.setWrapText(true);
        guide.setId("user-guide");
        guide.setPrefColumnCount(90);
        guide.setPrefRowCount(32);
        Alert alert = new Alert(Alert.AlertType.NONE, "", javafx.scene.control.ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(javafx.stage.Modality.NONE); // read beside the workbench
        alert.setTitle("Ops Timeline user guide");
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(guide);
        alert.setResizable(true);
        return alert;
    }
}
