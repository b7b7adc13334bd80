package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dataset and an items file holding the same four records open into one document: the search
 * box, the table, the detail pane and Enter's step-through answer the same way for both.
 */
@ExtendWith(ApplicationExtension.class)
class OneRecordPathTest {
    @TempDir
    Path dir;

    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        stage.setScene(new Scene(window, 1600, 1000));
        stage.show();
    }

    /** small.json with two titles naming the Élysée, in capitals and not. */
    private Path dataset() throws Exception {
        String json = Files.readString(Path.of("src/test/resources/datasets/small.json"))
                .replace("\"Ministers meet\"", "\"Ministers meet at the ÉLYSÉE\"")
                .replace("\"Talks during May\"", "\"Talks during May at the élysée\"");
        Path file = dir.resolve("elysee.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** The same four records as a vis-timeline items file. */
    private Path itemsFile() throws Exception {
        String json =
                "{\"groups\":[{\"id\":\"meeting\",\"content\":\"Meeting\"},{\"id\":\"decision\",\"content\":\"Decision\"}],"
                        + "\"items\":["
                        + "{\"id\":\"res\",\"group\":\"decision\",\"start\":\"2011-03-17\",\"content\":\"Resolution adopted\"},"
                        + "{\"id\":\"talks\",\"group\":\"meeting\",\"type\":\"range\",\"start\":\"2011-04-14\",\"end\":\"2011-04-15\","
                        + "\"content\":\"Ministers meet at the ÉLYSÉE\"},"
                        + "{\"id\":\"month\",\"group\":\"meeting\",\"start\":\"2011-05-01\",\"content\":\"Talks during May at the élysée\"},"
                        + "{\"id\":\"fall\",\"group\":\"decision\",\"start\":\"2011-08-21T12:00:00Z\",\"content\":\"City falls\"}]}";
        Path file = dir.resolve("elysee-items.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private void open(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> window.model().documentProperty().get() != null
                        && window.model().documentProperty().get().size() == 4
                        && window.table().shownIds().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> search(FxRobot robot, String text) {
        robot.interact(() -> window.filterBar().searchField().setText(text));
        WaitForAsyncUtils.waitForFxEvents();
        return window.table().shownIds();
    }

    private String detailText(FxRobot robot) {
        Node detail = robot.lookup("#detail").query();
        return String.join(
                "\n",
                robot.from(detail).lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText)
                        .toList());
    }

    private void searchesAlike(FxRobot robot, Path file) throws Exception {
        open(robot, file);
        // capitals find lower case and the other way round, accents folded as letters, not stripped
        assertThat(search(robot, "ÉLYSÉE")).as(file.getFileName().toString()).containsExactly("talks", "month");
        assertThat(robot.lookup("#match-count").queryAs(Label.class).getText()).isEqualTo("2 of 4 match");
        // the timeline marks the same two, whatever the file
        assertThat(window.timeline().highlightProperty().get().cardinality()).isEqualTo(2);
        assertThat(search(robot, "élysée")).containsExactly("talks", "month");
        assertThat(search(robot, "Elysee"))
                .as("an unaccented e is another letter")
                .isEmpty();

        // Enter steps through the matches in time order: selected everywhere, read in the detail pane
        search(robot, "élysée");
        robot.clickOn("#search").type(KeyCode.END).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedIdProperty().get()).isEqualTo("talks");
        assertThat(detailText(robot)).contains("Ministers meet at the ÉLYSÉE");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.model().selectedIdProperty().get()).isEqualTo("month");
        assertThat(window.timeline().selectedIdProperty().get()).isEqualTo("month");
        assertThat(window.table()
                        .idAt(window.table().table().getSelectionModel().getSelectedIndex()))
                .isEqualTo("month");
        assertThat(detailText(robot)).contains("Talks during May at the élysée");
    }

    @Test
    void theSameSearchFindsTheSameRecordsInADatasetAndInAnItemsFile(FxRobot robot) throws Exception {
        searchesAlike(robot, dataset());
        searchesAlike(robot, itemsFile());
    }

    private String cell(FxRobot robot, String text) {
        return robot.from(window.table().table()).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(c -> c.getText())
                .filter(t -> t != null && t.startsWith(text))
                .findFirst()
                .orElse(null);
    }

    @Test
    void choosingAZoneInTheModelMovesTheAxisTheTableAndTheDetail(FxRobot robot) throws Exception {
        open(robot, itemsFile());
        assertThat(window.timeline().effectiveZone().normalized()).isEqualTo(ZoneOffset.UTC);
        assertThat(cell(robot, "2011-08-21T")).isEqualTo("2011-08-21T12:00:00Z");

        robot.interact(() -> {
            window.model().zoneProperty().set(ZoneId.of("Asia/Tokyo"));
            window.model().selectedIdProperty().set("fall");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.timeline().effectiveZone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(cell(robot, "2011-08-21T")).isEqualTo("2011-08-21T21:00:00+09:00");
        assertThat(detailText(robot)).contains("When: 2011-08-21T21:00:00+09:00");
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).endsWith("Asia/Tokyo");
    }
}
