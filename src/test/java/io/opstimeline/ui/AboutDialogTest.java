package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > About at its default size: every bundled library's licence is readable without scrolling sideways. */
@ExtendWith(ApplicationExtension.class)
class AboutDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1280, 720));
        stage.show();
    }

    @Test
    void licencesAreNotCutAtTheDialogsRightEdge(FxRobot robot) throws Exception {
        Alert[] alert = new Alert[1];
        robot.interact(() -> {
            alert[0] = AboutDialog.create(stage);
            alert[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(
                5, TimeUnit.SECONDS, () -> alert[0].getDialogPane().lookup("#about-libraries") != null);
        TextArea libs = (TextArea) alert[0].getDialogPane().lookup("#about-libraries");
        try {
            assertThat(libs.getText())
                    .contains(
                            "GPL-2.0 with Classpath Exception",
                            "EPL-1.0 or LGPL-2.1",
                            "https://www.naturalearthdata.com (via npm world-atlas 2.0.2, ISC)");
            robot.interact(() -> {
                libs.applyCss();
                libs.layout();
            });
            boolean sideways = false;
            for (Node n : libs.lookupAll(".scroll-bar")) {
                if (n instanceof ScrollBar bar
                        && bar.getOrientation() == Orientation.HORIZONTAL
                        && bar.isVisible()
                        && bar.getVisibleAmount() < bar.getMax() - bar.getMin()) {
                    sideways = true;
                }
            }
            assertThat(sideways)
                    .as("a horizontal scroll bar hides part of the licence list")
                    .isFalse();
        } finally {
            robot.interact(() -> alert[0].getDialogPane().getScene().getWindow().hide());
        }
    }
}
