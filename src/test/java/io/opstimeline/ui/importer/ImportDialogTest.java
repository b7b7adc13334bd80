package io.opstimeline.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.importer.csv.CsvImportSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 200, 100));
        stage.show();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    @Test
    void guessesTheUsualColumnsAndImportsASeriesFile() throws Exception {
        Path csv = tmp.resolve("sorties.csv");
        Files.writeString(
                csv,
                "Date,Sorties,Strike sorties,Source\n2011-04-05,1719,,NATO\n2011-04-06,1800,700,NATO\n",
                StandardCharsets.UTF_8);

        AtomicReference<ImportDialog> dialog = new AtomicReference<>();
        boolean imported = onFx(() -> {
            dialog.set(new ImportDialog(csv, List.of("Date", "Sorties", "Strike sorties", "Source")));
            return dialog.get().tryImport();
        });

        CsvImportSpec spec = onFx(() -> dialog.get().spec());
        assertThat(spec.kind()).isEqualTo(CsvImportSpec.Kind.SERIES);
        assertThat(spec.valueColumns()).containsExactly("Sorties", "Strike sorties");
        assertThat(spec.sourceColumn()).isEqualTo("Source");
        assertThat(imported).isTrue();
    }

    @Test
    void placeAndCoordinateColumnsAreGuessedAndABadLatitudeIsShownAtItsCell() throws Exception {
        Path csv = tmp.resolve("strikes.csv");
        Files.writeString(
                csv,
                "start,title,location,latitude,longitude\n2011-04-30,Strike,Tripoli,32.887,13.191\n"
                        + "2011-05-11,Airport,Misrata,132.4,15.09\n",
                StandardCharsets.UTF_8);

        AtomicReference<ImportDialog> dialog = new AtomicReference<>();
        boolean imported = onFx(() -> {
            dialog.set(new ImportDialog(csv, List.of("start", "title", "location", "latitude", "longitude")));
            return dialog.get().tryImport();
        });

        CsvImportSpec spec = onFx(() -> dialog.get().spec());
        assertThat(spec.placeColumn()).isEqualTo("location");
        assertThat(spec.latColumn()).isEqualTo("latitude");
        assertThat(spec.lonColumn()).isEqualTo("longitude");
        assertThat(imported).isFalse();
        assertThat(onFx(() -> dialog.get().messages().getText()))
                .contains(
                        "strikes.csv:3:28: latitude must be between -90 and 90 degrees (north positive), found 132.4");
    }

    @Test
    void showsProblemsAndWarningsInTheDialogBeforeAccepting() throws Exception {
        Path csv = tmp.resolve("ambiguous.csv");
        Files.writeString(csv, "date,value\n03/04/2011,5\n", StandardCharsets.UTF_8);
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "date,value\n31/02/2011,5\n", StandardCharsets.UTF_8);

        AtomicReference<ImportDialog> dialog = new AtomicReference<>();
        boolean first = onFx(() -> {
            dialog.set(new ImportDialog(csv, List.of("date", "value")));
            return dialog.get().tryImport();
        });
        String warning = onFx(() -> dialog.get().messages().getText());
        boolean second = onFx(() -> dialog.get().tryImport());

        assertThat(first).isFalse();
        assertThat(warning).contains("ambiguous.csv:2:1: warning: \"03/04/2011\" could be 3 April or 4 March");
        assertThat(second).as("accepted once the warning was seen").isTrue();

        boolean badImported = onFx(() -> {
            dialog.set(new ImportDialog(bad, List.of("date", "value")));
            return dialog.get().tryImport();
        });
        assertThat(badImported).isFalse();
        assertThat(onFx(() -> dialog.get().messages().getText()))
                .contains("bad.csv:2:1: \"31/02/2011\" is not a real date: there is no 31 February");
    }

    @Test
    void theImportButtonConvertsInTheBackgroundAndClosesWithTheResult(FxRobot robot) throws Exception {
        Path csv = tmp.resolve("sorties.csv");
        Files.writeString(csv, "Date,Sorties\n2011-04-05,1719\n2011-04-06,1800\n", StandardCharsets.UTF_8);
        AtomicReference<java.util.Optional<io.opstimeline.core.importer.csv.ImportResult>> result =
                new AtomicReference<>();

        robot.interact(() -> {
            ImportDialog d = new ImportDialog(csv, List.of("Date", "Sorties"));
            d.setOnHidden(e -> result.set(java.util.Optional.ofNullable(d.getResult())));
            d.show();
        });
        robot.clickOn("Import");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> result.get() != null);

        assertThat(result.get()).isPresent();
    }
}
