package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.logging.LogLocation;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorsTest {
    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static List<DialogPane> openDialogs() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                        .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                        .map(w -> (DialogPane) w.getScene().getRoot())
                        .collect(Collectors.toList()))
                .get();
    }

    @Test
    void anUncaughtErrorOnAnyThreadShowsOneDialogNamingTheLog(FxRobot robot) throws Exception {
        Thread worker = new Thread(
                () -> UncaughtErrors.handle(Thread.currentThread(), new IllegalStateException("index out of step")),
                "worker");
        worker.start();
        worker.join();
        // The same failure again while the dialog is open does not stack a second dialog.
        robot.interact(() -> UncaughtErrors.handle(Thread.currentThread(), new IllegalStateException("again")));
        WaitForAsyncUtils.waitForFxEvents();

        List<DialogPane> dialogs = openDialogs();
        assertThat(dialogs).hasSize(1);
        String text = dialogs.get(0).getContentText();
        assertThat(text)
                .contains("IllegalStateException")
                .contains("index out of step")
                .contains(LogLocation.logFile().toString());
        robot.interact(() -> dialogs.get(0).getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(openDialogs()).isEmpty();
    }
}
