package io.opstimeline.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.ui.MainWindow;
import io.opstimeline.ui.TestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

    @Start
    void start(Stage stage) throws Exception {
        Path data = dir.resolve("campaign.json");
        Files.copy(Path.of("src/test/resources/datasets/small.json"), data, StandardCopyOption.REPLACE_EXISTING);
        window = new MainWindow(url -> { }, TestSettings.fresh());
        stage.setScene(new Scene(window, 1400, 800));
        stage.show();
        window.open(data);
    }

    @Test
    void fileExportWritesTheCurrentViewBesideTheData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.datasetProperty().get() != null);

        robot.clickOn("File").clickOn("Export\u2026");
        robot.clickOn("#export-subtitle").write("Morning brief");
        robot.clickOn("Export");

        Path pdf = dir.resolve("campaign-briefing.pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(pdf)
                && robot.lookup("#status").queryAs(Label.class).getText().startsWith("Exported"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Small test campaign").contains("Morning brief")
                    .contains("UNCLASSIFIED");
        }
    }
}
