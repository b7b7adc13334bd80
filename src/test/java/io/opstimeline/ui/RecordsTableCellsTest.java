package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The records table as a reader scrolls it on a laptop screen: every date, kind and grading is
 * drawn whole (no "12 May 20…"), and a title too long for its column is cut after a whole word.
 */
@ExtendWith(ApplicationExtension.class)
class RecordsTableCellsTest {
    /** Short values of one form: a reader needs them whole, the tooltip is no substitute. */
    private static final Set<String> FIXED_FORM = Set.of("Start", "End", "Kind", "Grading");

    @TempDir
    Path tmp;

    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void datesKindsAndGradingsAreWholeAt1280x720(FxRobot robot) throws Exception {
        open(robot, 1280, 720);
        assertThat(cutFixedFormCells(robot)).as("fixed-form cells drawn cut").isEmpty();
    }

    @Test
    void datesAreWholeInALongZoneNameAt1280x720(FxRobot robot) throws Exception {
        open(robot, 1280, 720);
        // timed records read "19 Mar 2011 16:45 America/Argentina/ComodRivadavia": the column must grow
        robot.interact(() -> window.model().zoneProperty().set(ZoneId.of("America/Argentina/ComodRivadavia")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cutFixedFormCells(robot)).as("fixed-form cells drawn cut").isEmpty();
    }

    @Test
    void datesKindsAndGradingsAreWholeAt1920x1080(FxRobot robot) throws Exception {
        open(robot, 1920, 1080);
        assertThat(cutFixedFormCells(robot)).as("fixed-form cells drawn cut").isEmpty();
    }

    @Test
    void aCutTitleEndsAfterAWholeWord(FxRobot robot) throws Exception {
        open(robot, 1280, 720);
        List<String> halfWords = new ArrayList<>();
        for (String[] cell : drawnCells(robot)) {
            String column = cell[0];
            String drawn = cell[1];
            String whole = cell[2];
            if (column.equals("Title") && !drawn.equals(whole)) {
                String kept =
                        drawn.substring(0, drawn.length() - cell[3].length()).stripTrailing();
                char next = whole.charAt(kept.length());
                if (Character.isLetterOrDigit(next)) {
                    halfWords.add("'" + drawn + "' of '" + whole + "'");
                }
            }
        }
        assertThat(halfWords).as("titles cut inside a word").isEmpty();
    }

    @Test
    void theSearchsMatchCountIsWholeAt1280x720(FxRobot robot) throws Exception {
        open(robot, 1280, 720);
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);

        robot.interact(() -> search.setText("Sirte"));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Label count = robot.lookup("#match-count").queryAs(javafx.scene.control.Label.class);
        String drawn = null;
        for (Node child : count.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                drawn = t.getText();
            }
        }

        assertThat(count.getText()).matches("\\d+(/| of )97( match)?");
        assertThat(search.getTooltip())
                .as("the count whole, where the pointer can rest")
                .isNotNull();
        assertThat(search.getTooltip().getText()).matches("\\d+ of 97 records match the search and filters");
        assertThat(drawn).as("the count as drawn").isEqualTo(count.getText());
        assertThat(count.localToScene(count.getLayoutBounds()).getMaxX())
                .as("inside the window")
                .isLessThan(stage.getScene().getWidth());
    }

    @Test
    void everyNationsValueIsShownWholeAt1280x720(FxRobot robot) throws Exception {
        open(robot, 1280, 720);
        javafx.scene.control.TableView<?> nations = window.nations();
        robot.interact(() -> {
            javafx.scene.control.TabPane tabs =
                    (javafx.scene.control.TabPane) nations.getParent().getParent();
            tabs.getTabs().stream()
                    .filter(t -> t.getContent() == nations)
                    .findFirst()
                    .ifPresent(t -> tabs.getSelectionModel().select(t));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int[] checked = {0};
        List<String> cut = new ArrayList<>();
        for (int i = 0; i < nations.getItems().size(); i++) {
            int at = i;
            robot.interact(() -> nations.scrollTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                nations.applyCss();
                nations.layout();
                for (Node n : nations.lookupAll(".table-cell")) {
                    if (!(n instanceof TableCell<?, ?> c)
                            || c.isEmpty()
                            || c.getItem() == null
                            || !Truncation.shown(c)) {
                        continue;
                    }
                    String whole = c.getItem().toString();
                    String drawn = c.getGraphic() instanceof Text t ? t.getText() : drawn(c);
                    double needed = c.getGraphic() instanceof Text t
                            ? t.getLayoutBounds().getHeight()
                            : 0;
                    checked[0]++;
                    if (!whole.equals(drawn) || c.getHeight() + 0.5 < needed) {
                        cut.add(c.getTableColumn().getText() + ": '" + whole + "'");
                    }
                }
            });
        }
        assertThat(checked[0]).as("cells looked at").isGreaterThan(50);
        assertThat(cut).as("nations' values cut").isEmpty();
    }

    private void open(FxRobot robot, int width, int height) throws Exception {
        window = SampleWorkbench.open(robot, stage, tmp, width, height);
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> window.table().table().getItems().size() > 90);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> cutFixedFormCells(FxRobot robot) {
        Set<String> cut = new LinkedHashSet<>();
        for (String[] cell : drawnCells(robot)) {
            if (FIXED_FORM.contains(cell[0]) && !cell[1].equals(cell[2])) {
                cut.add(cell[0] + ": '" + cell[1] + "' of '" + cell[2] + "'");
            }
        }
        return new ArrayList<>(cut);
    }

    /** Column, drawn text, whole text and ellipsis of every non-empty cell, scrolling from the first row to the last. */
    private List<String[]> drawnCells(FxRobot robot) {
        TableView<Integer> table = window.table().table();
        List<String[]> out = new ArrayList<>();
        int rows = table.getItems().size();
        for (int top = 0; top < rows; top += 2) {
            int at = top;
            robot.interact(() -> table.scrollTo(at));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                table.applyCss();
                table.layout();
                for (Node n : table.lookupAll(".table-cell")) {
                    if (n instanceof TableCell<?, ?> c
                            && Truncation.shown(c)
                            && c.getTableColumn() != null
                            && c.getText() != null
                            && !c.getText().isEmpty()) {
                        out.add(new String[] {c.getTableColumn().getText(), drawn(c), c.getText(), c.getEllipsisString()
                        });
                    }
                }
            });
        }
        return out;
    }

    private static String drawn(TableCell<?, ?> cell) {
        for (Node child : cell.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t.getText();
            }
        }
        return "";
    }
}
