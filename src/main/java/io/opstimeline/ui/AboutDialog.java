package io.opstimeline.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.jar.Manifest;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Help > About: version and build from the jar's manifest, and the bundled libraries' licences. */
final class AboutDialog {
    private AboutDialog() {}

    static Alert create(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("About Ops Timeline");
        alert.setHeaderText("Ops Timeline " + version() + "\nBuild " + buildTime()
                + "\nJava " + System.getProperty("java.version") + ", JavaFX "
                + System.getProperty("javafx.version", "?")
                + "\nLicensed under the Apache License 2.0");
        TextArea libs =
                new TextArea("Bundled libraries and their licences:\n\n" + entries(resource("/about/third-party.txt")));
        libs.setEditable(false);
        // wrapped, one library to a block: the list's three columns (up to 144 characters a line) ran
        // off the dialog's right edge at its default size, licences cut behind a horizontal scroll bar
        libs.setWrapText(true);
        libs.setPrefColumnCount(72);
        libs.setPrefRowCount(14);
        libs.setStyle("-fx-font-family: monospace;");
        libs.setId("about-libraries");
        alert.getDialogPane().setContent(libs);
        alert.setResizable(true);
        Dialogs.fitScreen(alert);
        return alert;
    }

    /**
     * The bundled list's lines (name, licence and address in columns of two or more spaces) as one
     * block per library: its name, then its licence and address indented, so no line needs the
     * width of all three.
     */
    static String entries(String list) {
        StringBuilder out = new StringBuilder();
        for (String line : list.split("\\R")) {
            String[] cols = line.strip().split("\\s{2,}", 3);
            if (cols[0].isEmpty()) {
                continue;
            }
            out.append(cols[0]).append('\n');
            if (cols.length > 1) {
                out.append("    ")
                        .append(String.join("  \u00b7  ", Arrays.copyOfRange(cols, 1, cols.length)))
                        .append('\n');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
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
