package io.opstimeline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.ui.annotate.AnnotationDialog;
import io.opstimeline.ui.filter.DateField;
import io.opstimeline.ui.importer.ImportDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Odd text typed into every text field and editable combo of the main window and of the dialogs
 * the workbench opens, each committed with Enter and with focus leaving: no unexpected-error
 * dialog, no uncaught exception, and a bad date is marked where it was typed.
 */
@ExtendWith(ApplicationExtension.class)
class OddInputTest {
    static final List<String> ODD = List.of(
            "",
            "   ",
            "2011-02-30",
            "99999",
            "\uD83D\uDE00\uD83C\uDDF1\uD83C\uDDFE",
            "7".repeat(10_000),
            "\u0627\u0644\u0642\u0630\u0627\u0641\u064A 2011-04-01",
            "\u202Eevil\u202C",
            "1e309",
            "2011-04-01T12:00+25:00",
            "%s%n{0}");
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private MainWindow window;
    private Thread.UncaughtExceptionHandler before;

    @TempDir
    Path tmp;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(url -> {}, TestSettings.fresh());
        window.datasetProperty().set(new DatasetLoader().load(Path.of("src/test/resources/datasets/small.json")));
        Scene scene = new Scene(window, 1280, 720);
        scene.getStylesheets()
                .add(OpsTimelineApp.class.getResource("/ui/ops-timeline.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(before);
            Window.getWindows().stream()
                    .filter(w -> w != window.getScene().getWindow())
                    .toList()
                    .forEach(Window::hide);
        });
    }

    /** Every text field, text area and editable combo's editor under this node, as laid out now. */
    static List<TextInputControl> inputsUnder(Parent root) {
        List<TextInputControl> out = new ArrayList<>();
        for (Node n : root.lookupAll("*")) {
            if (n instanceof TextInputControl t && t.isEditable() && !t.isDisabled()) {
                out.add(t);
            } else if (n instanceof ComboBox<?> c && c.isEditable()) {
                out.add(c.getEditor());
            }
        }
        return out.stream().distinct().toList();
    }

    private void typeEverywhere(FxRobot robot, List<TextInputControl> fields) {
        assertThat(fields).isNotEmpty();
        for (TextInputControl field : fields) {
            for (String odd : ODD) {
                robot.interact(() -> {
                    field.requestFocus();
                    field.setText(odd);
                });
                robot.type(KeyCode.ENTER);
                robot.interact(field::requestFocus);
                robot.type(KeyCode.TAB);
                WaitForAsyncUtils.waitForFxEvents();
                assertNoErrors(field + " after \"" + odd.substring(0, Math.min(odd.length(), 20)) + "\"");
            }
        }
    }

    private void assertNoErrors(String where) {
        assertThat(uncaught).as("uncaught exceptions, " + where).isEmpty();
        List<String> unexpected = Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Unexpected error".equals(s.getTitle()))
                .map(w -> ((Stage) w).getTitle())
                .toList();
        assertThat(unexpected).as("error dialogs, " + where).isEmpty();
    }

    @Test
    void oddTextInTheMainWindowRaisesNoErrorDialog(FxRobot robot) {
        List<TextInputControl> fields = onFx(() -> inputsUnder(window));
        assertThat(fields).hasSizeGreaterThanOrEqualTo(3); // search, From, To at least

        typeEverywhere(robot, fields);
    }

    @Test
    void aBadDateIsMarkedInPlaceAndTheLastGoodOneKept(FxRobot robot) {
        DateField from = window.filterBar().fromField();
        robot.interact(() -> from.setText("2011-04-01"));
        robot.interact(from::commit);
        robot.interact(() -> from.setText("2011-02-30"));
        robot.interact(from::commit);

        assertThat(from.isInvalid()).isTrue();
        assertThat(from.getTooltip().getText()).contains("30 February").contains("2011-04-01");
        assertThat(from.getDay()).isEqualTo(java.time.LocalDate.of(2011, 4, 1));
        assertThat(window.model().filterProperty().get().from()).isEqualTo(Instant.parse("2011-04-01T00:00:00Z"));
    }

    @Test
    void theFromFieldTakesIsoAndDropsARecordEndingWhereTheRangeStarts(FxRobot robot) {
        // "res" is dated 17 Mar 2011 (small.json, UTC): typing From 2011-03-18 + Tab leaves it out
        DateField from = window.filterBar().fromField();
        robot.interact(() -> {
            from.requestFocus();
            from.setText("2011-03-18");
        });
        robot.type(KeyCode.TAB);

        assertThat(from.isInvalid()).isFalse();
        assertThat(window.model().matchingEvents())
                .extracting(e -> e.id())
                .doesNotContain("res")
                .contains("talks");
    }

    private List<TextInputControl> show(FxRobot robot, java.util.function.Supplier<Dialog<?>> make) {
        return onFx(() -> {
            Dialog<?> d = make.get();
            d.show();
            DialogPane pane = d.getDialogPane();
            pane.applyCss();
            pane.layout();
            return inputsUnder(pane);
        });
    }

    static <T> T onFx(java.util.concurrent.Callable<T> action) {
        try {
            return WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void oddTextInTheAnnotationDialogsRaisesNoErrorDialog(FxRobot robot) {
        Window owner = window.getScene().getWindow();
        Instant t = Instant.parse("2011-04-01T00:00:00Z");
        typeEverywhere(
                robot,
                show(
                        robot,
                        () -> new AnnotationDialog(
                                owner,
                                Annotation.interval("a", t, t.plusSeconds(86_400), "", null),
                                null,
                                ZoneOffset.UTC)));
        typeEverywhere(
                robot,
                show(
                        robot,
                        () -> new AnnotationDialog(owner, Annotation.marker("m", t, "", null), null, ZoneOffset.UTC)));
        typeEverywhere(
                robot,
                show(
                        robot,
                        () -> new AnnotationDialog(
                                owner,
                                Annotation.onRecord("n", "res", "", null),
                                "Resolution adopted",
                                ZoneOffset.UTC)));
    }

    @Test
    void oddTextInTheZoneSearchRaisesNoErrorDialog(FxRobot robot) {
        typeEverywhere(
                robot, show(robot, () -> ZoneChooser.dialog(window.getScene().getWindow(), List.of("Africa/Tripoli"))));
    }

    @Test
    void aBadDateInTheIntervalDialogIsMarkedWhereItIsTyped(FxRobot robot) {
        Instant t = Instant.parse("2011-04-01T00:00:00Z");
        List<TextInputControl> fields = show(
                robot,
                () -> new AnnotationDialog(
                        window.getScene().getWindow(),
                        Annotation.interval("a", t, t.plusSeconds(86_400), "", null),
                        null,
                        ZoneOffset.UTC));
        TextInputControl from = fields.stream()
                .filter(f -> "annotation-start".equals(f.getId()))
                .findFirst()
                .orElseThrow();
        robot.interact(() -> from.setText("2011-02-30"));

        assertThat(from.getStyleClass()).contains(DateField.INVALID);
        assertThat(((javafx.scene.control.TextField) from).getTooltip().getText())
                .contains("30 February");
        robot.interact(() -> from.setText("2011-02-28"));
        assertThat(from.getStyleClass()).doesNotContain(DateField.INVALID);
    }

    @Test
    void oddTextInTheImportDialogRaisesNoErrorDialog(FxRobot robot) throws Exception {
        Path csv = tmp.resolve("sorties.csv");
        Files.writeString(csv, "Date,Sorties,Source\n2011-04-05,1719,NATO\n");

        typeEverywhere(robot, show(robot, () -> {
            ImportDialog d = new ImportDialog(csv, List.of("Date", "Sorties", "Source"));
            d.initOwner(window.getScene().getWindow());
            return d;
        }));
    }
}
