package io.opstimeline.ui;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/**
 * Status-bar progress for a background load: a bar and a Cancel button, visible only while a
 * task runs. Cancelling interrupts the loader, which stops at its next check; the open dataset
 * stays as it was.
 */
final class LoadProgress extends HBox {
    private final ProgressBar bar = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    LoadProgress() {
        super(6);
        setAlignment(Pos.CENTER_RIGHT);
        setId("load-progress");
        bar.setPrefWidth(160);
        cancel.setId("cancel-load");
        getChildren().addAll(bar, cancel);
        setVisible(false);
        managedProperty().bind(visibleProperty());
    }

    void track(Task<?> task) {
        bar.progressProperty().bind(task.progressProperty());
        cancel.setOnAction(e -> task.cancel(true));
        visibleProperty()
                .bind(task.stateProperty()
                        .isEqualTo(Worker.State.SCHEDULED)
                        .or(task.stateProperty().isEqualTo(Worker.State.RUNNING)));
    }
}
