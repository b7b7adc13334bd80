package io.opstimeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.jar.Manifest;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help > About: version and build from the jar's manifest, and the bundled libraries' licences. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("About Ops Timeline");
        alert.setHeaderText("Ops Timeline " + version() + "\nBuild " + buildTime()
                + "\nJava " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?")
                + "\nLicensed under the Apache License 2.0");
        TextArea libs = new TextArea("Bundled libraries and their licences:\n\n" + resource("/about/third-party.txt"));
        libs.setEditable(false);
        libs.setPrefColumnCount(100);
        libs.setPrefRowCount(14);
        libs.setStyle("-fx-font-family: monospace;");
        libs.setId("about-libraries");
        alert.getDialogPane().setContent(libs);
        alert.setResizable(true);
        return alert;
    }

    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
    }

    static String buildTime() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                String t = new Manifest(in).getMainAttributes().getValue("Build-Time");
                if (t != null) {
                    return t;
                }
            }
        } catch (IOException e) {
            return "unknown";
        }
        return "unknown (not run from the packaged jar)";
    }

    static String resource(String name) {
        try (InputStream in = AboutDialog.class.getResourceAsStream(name)) {
            return in == null ? "(list missing)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(list unreadable: " + e.getMessage() + ")";
        }
    }
}
