package io.opstimeline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.ui.MainWindow;
import io.opstimeline.ui.Settings;
import io.opstimeline.ui.TestSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    static Path dir;

    private MainWindow window;
    /** Settings in memory: the test never reads or changes the user's own. */
    private final Settings settings = TestSettings.fresh();

    @Start
    void start(Stage stage) {
        window = new MainWindow(url -> {}, settings);
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
    }

    private Path open(FxRobot robot, String name, String marking) throws Exception {
        Path data = dir.resolve(name);
        Files.writeString(
                data,
                Files.readString(Path.of("src/test/resources/datasets/small.json"), StandardCharsets.UTF_8)
                        .replace("\"classification\": \"UNCLASSIFIED\"", "\"classification\": \"" + marking + "\""));
        robot.interact(() -> window.open(data));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.datasetProperty().get() != null
                        && window.datasetProperty()
                                .get()
                                .fingerprint()
                                .fileName()
                                .equals(name));
        return data;
    }

    private static DialogPane dialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<String> marking(FxRobot robot) {
        return robot.lookup("#export-marking").queryAs(ComboBox.class);
    }

    @Test
    void fileExportWritesTheCurrentViewBesideTheData(FxRobot robot) throws Exception {
        open(robot, "campaign.json", "UNCLASSIFIED");

        robot.clickOn("File").clickOn("Export\u2026");
        robot.clickOn("#export-subtitle").write("Morning brief");
        robot.clickOn("Export");

        Path pdf = dir.resolve("campaign-briefing.pdf");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> Files.exists(pdf)
                        && robot.lookup("#status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Exported"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc))
                    .contains("Small test campaign")
                    .contains("Morning brief")
                    .contains("UNCLASSIFIED");
        }
    }

    @Test
    void theNextExportOffersTheMarkingSubtitleFormatAndFolderUsedLastForThisDataset(FxRobot robot) throws Exception {
        open(robot, "remembered.json", "UNCLASSIFIED");
        Path folder = Files.createDirectories(dir.resolve("briefs"));

        robot.clickOn("File").clickOn("Export\u2026");
        robot.interact(() -> marking(robot).getEditor().setText("SECRET//REL TO NATO"));
        robot.clickOn("#export-subtitle").write("Week 49");
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        robot.interact(() -> file.setText(folder.resolve("remembered.pdf").toString()));
        robot.clickOn("Export");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(folder.resolve("remembered.pdf")));

        robot.clickOn("File").clickOn("Export\u2026");
        assertThat(marking(robot).getValue()).isEqualTo("SECRET//REL TO NATO");
        assertThat(robot.lookup("#export-subtitle").queryAs(TextField.class).getText())
                .isEqualTo("Week 49");
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText())
                .startsWith(folder.toString());
        robot.clickOn("Cancel");
    }

    @Test
    void neverOffersAMarkingBelowTheDatasetsAndRefusesOneTyped(FxRobot robot) throws Exception {
        open(robot, "secret.json", "SECRET");

        robot.clickOn("File").clickOn("Export\u2026");
        assertThat(marking(robot).getItems())
                .contains("SECRET", "TOP SECRET")
                .doesNotContain("UNCLASSIFIED", "CONFIDENTIAL", "CUI");
        assertThat(marking(robot).getValue()).isEqualTo("SECRET");
        robot.interact(() -> marking(robot).getEditor().setText("confidential"));
        robot.clickOn("Export");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(dialog(robot))).anyMatch(t -> t.contains("cannot be marked lower"));
        assertThat(dir.resolve("secret-briefing.pdf")).doesNotExist();
        robot.clickOn("Cancel");
    }

    @Test
    void theMapChoiceReachesThePagesAndIsRememberedForTheDataset(FxRobot robot) throws Exception {
        open(robot, "mapped.json", "UNCLASSIFIED");

        robot.clickOn("File").clickOn("Export\u2026");
        ChoiceBox<BriefingOptions.MapMode> map = mapChoice(robot);
        assertThat(map.getValue()).as("off unless asked for").isEqualTo(BriefingOptions.MapMode.OFF);
        robot.interact(() -> map.setValue(BriefingOptions.MapMode.PAGE));
        robot.clickOn("Export");
        Path pdf = dir.resolve("mapped-briefing.pdf");
        WaitForAsyncUtils.waitFor(
                20,
                TimeUnit.SECONDS,
                () -> Files.exists(pdf)
                        && robot.lookup("#status")
                                .queryAs(Label.class)
                                .getText()
                                .startsWith("Exported"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("(map)").contains("Natural Earth (public domain)");
        }

        robot.clickOn("File").clickOn("Export\u2026");
        assertThat(mapChoice(robot).getValue()).isEqualTo(BriefingOptions.MapMode.PAGE);
        robot.clickOn("Cancel");
    }

    @SuppressWarnings("unchecked")
    private static ChoiceBox<BriefingOptions.MapMode> mapChoice(FxRobot robot) {
        return robot.lookup("#export-map").queryAs(ChoiceBox.class);
    }

    @Test
    void theDpiLabelReadsOnTheLineOfItsFieldAndTheDialogFitsA1280By720Screen(FxRobot robot) throws Exception {
        open(robot, "layout.json", "UNCLASSIFIED");

        robot.clickOn("File").clickOn("Export\u2026");
        Label dpiLabel = robot.lookup(n -> n instanceof Label l && "DPI".equals(l.getText()))
                .queryAs(Label.class);
        Node field = dpiLabel.getParent().getChildrenUnmodifiable().get(1);
        Bounds label = dpiLabel.localToScene(dpiLabel.getBoundsInLocal());
        Bounds box = field.localToScene(field.getBoundsInLocal());
        assertThat(Math.abs(label.getCenterY() - box.getCenterY()))
                .as("label centre vs field centre, px")
                .isLessThan(3);
        javafx.stage.Window w = dialog(robot).getScene().getWindow();
        assertThat(w.getHeight()).isLessThanOrEqualTo(720);
        assertThat(w.getWidth()).isLessThanOrEqualTo(1280);
        robot.clickOn("Cancel");
    }

    @Test
    void noLabelInTheDialogIsCutAtItsDefaultSize(FxRobot robot) throws Exception {
        open(robot, "labels.json", "UNCLASSIFIED");

        robot.clickOn("File").clickOn("Export\u2026");
        List<String> cut = new ArrayList<>();
        collect(dialog(robot), cut);
        assertThat(cut).isEmpty();
        robot.clickOn("Cancel");
    }

    /** Every Labeled whose drawn text is not its whole text (JavaFX drew an ellipsis instead). */
    private static void collect(Node node, List<String> cut) {
        if (node instanceof Labeled l
                && l.isVisible()
                && l.getText() != null
                && !l.getText().isEmpty()) {
            Node drawn = l.lookup(".text");
            if (drawn instanceof Text t && !t.getText().equals(l.getText())) {
                cut.add(l.getText() + " drawn as " + t.getText());
            }
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, cut));
        }
    }

    private static List<String> texts(Node node) {
        List<String> out = new ArrayList<>();
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> out.addAll(texts(c)));
        }
        return out;
    }
}
