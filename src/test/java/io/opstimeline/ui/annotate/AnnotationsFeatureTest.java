package io.opstimeline.ui.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.SidecarFile;
import io.opstimeline.ui.MainWindow;
import io.opstimeline.ui.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AnnotationsFeatureTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    private Path data;
    private final List<String> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        data = dir.resolve("campaign.json");
        Files.copy(
                Path.of("src/test/resources/datasets/small.json"),
                data,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        window = new MainWindow(opened::add, TestSettings.fresh());
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
        window.open(data);
    }

    private List<String> noteTexts(FxRobot robot) {
        return robot.lookup("#record-notes .record-note").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    @Test
    void addsANoteToTheSelectedRecordSavesItBesideTheDataAndUndoesIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);
        robot.interact(() -> window.timeline().selectedIdProperty().set("talks"));

        robot.clickOn("#add-record-note");
        robot.clickOn("#annotation-text").write("Contact group agrees a fund");
        robot.clickOn("OK");

        List<Annotation> notes = window.annotations().store().document().onRecord("talks");
        assertThat(notes).extracting(Annotation::text).containsExactly("Contact group agrees a fund");
        assertThat(noteTexts(robot)).containsExactly("Contact group agrees a fund");
        window.annotations().flush();
        SidecarFile sidecar = SidecarFile.besideData(data);
        assertThat(sidecar.path().getFileName().toString()).isEqualTo("campaign.annotations.json");
        assertThat(sidecar.load().document().onRecord("talks")).isEqualTo(notes);
        assertThat(Files.readString(data)).doesNotContain("Contact group agrees a fund");

        robot.clickOn("Edit").clickOn("Undo add note");

        assertThat(noteTexts(robot)).isEmpty();
        window.annotations().flush();
        assertThat(sidecar.load().document().annotations()).isEmpty();
    }

    @Test
    void refusesANoteWhenNoRecordIsSelected(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);
        robot.interact(() -> window.timeline().selectedIdProperty().set(null));

        robot.interact(() -> window.annotations().addNoteOnSelection());

        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("Select a record first");
    }
}
