package io.opstimeline.ui;

import io.opstimeline.core.load.LoadProblem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows why a file could not be opened, one {@code file:line:col: message} per line, copyable. */
final class ProblemsDialog {
    private ProblemsDialog() {}

    static Alert create(Window owner, String file, List<LoadProblem> problems) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Cannot open file");
        alert.setHeaderText("Could not open " + file + " (" + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "). The open dataset is unchanged.");
        TextArea area = new TextArea(problems.stream().map(LoadProblem::format).collect(Collectors.joining("\n")));
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefColumnCount(90);
        area.setPrefRowCount(Math.min(16, problems.size() + 1));
        area.setId("problems-text");
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        Dialogs.fitScreen(alert);
        return alert;
    }
}
