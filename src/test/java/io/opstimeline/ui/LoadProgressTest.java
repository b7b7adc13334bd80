package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LoadProgressTest {
    private LoadProgress progress;

    @Start
    void start(Stage stage) {
        progress = new LoadProgress();
        stage.setScene(new Scene(progress, 300, 40));
        stage.show();
    }

    @Test
    void showsWhileLoadingAndCancelStopsTheLoad(FxRobot robot) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Task<String> task = new Task<>() {
            @Override
            protected String call() throws Exception {
                updateProgress(0.4, 1.0);
                started.countDown();
                Thread.sleep(60_000); // a load that would take a minute; Cancel interrupts it
                return "loaded";
            }
        };
        robot.interact(() -> progress.track(task));
        Thread loader = new Thread(task, "test-loader");
        loader.setDaemon(true);
        loader.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(progress.isVisible()).isTrue();

        robot.interact(() -> ((Button) progress.lookup("#cancel-load")).fire());
        loader.join(10_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(loader.isAlive()).isFalse();
        assertThat(WaitForAsyncUtils.asyncFx(task::getState).get()).isEqualTo(Worker.State.CANCELLED);
        assertThat(progress.isVisible()).isFalse();
    }
}
