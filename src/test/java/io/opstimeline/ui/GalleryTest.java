package io.opstimeline.ui;

import io.opstimeline.core.annotate.Annotation;
import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.ui.annotate.AnnotationDialog;
import io.opstimeline.ui.export.ExportDialog;
import io.opstimeline.ui.importer.ImportDialog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A PNG of the workbench and of every dialog it opens, at 1280x720, 1920x1080 and 3840x2160 and in
 * both themes, in target/gallery/ for a person to look through. Not part of the default run (it
 * only writes pictures): {@code mvn -o test -Pgallery}. Truncated labels found on the way are listed
 * in target/gallery/truncated.txt.
 */
@Tag("gallery")
@ExtendWith(ApplicationExtension.class)
class GalleryTest {
    static final int[][] SIZES = {{1280, 720}, {1920, 1080}, {3840, 2160}};
    private Stage stage;
    private final List<String> truncated = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @Test
    void writesEveryViewAndDialog(FxRobot robot) throws Exception {
        Path dir = Path.of("target", "gallery");
        Files.createDirectories(dir);
        Path csv = dir.resolve("import-sample.csv");
        Files.writeString(csv, "Date,Sorties,Strike sorties,Source\n2011-04-05,1719,,NATO\n");
        for (boolean dark : new boolean[] {false, true}) {
            for (int[] size : SIZES) {
                String suffix = (dark ? "dark" : "light") + "-" + size[0] + "x" + size[1];
                MainWindow[] holder = new MainWindow[1];
                robot.interact(() -> {
                    Themes.apply(dark);
                    Settings settings = TestSettings.fresh();
                    settings.put("dark", Boolean.toString(dark)); // the menus apply the stored theme
                    MainWindow w = new MainWindow(url -> {}, settings);
                    try {
                        w.datasetProperty().set(new DatasetLoader().load(Path.of("sample-data/oup-2011.json")));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    Scene scene = new Scene(w, size[0], size[1]);
                    scene.getStylesheets()
                            .add(OpsTimelineApp.class
                                    .getResource("/ui/ops-timeline.css")
                                    .toExternalForm());
                    stage.setScene(scene);
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    holder[0] = w;
                });
                WaitForAsyncUtils.waitForFxEvents();
                MainWindow w = holder[0];
                robot.interact(() -> w.model()
                        .selectedIdProperty()
                        .set(w.datasetProperty().get().events().get(40).id()));
                WaitForAsyncUtils.waitForFxEvents();
                snap(robot, w.getScene(), dir.resolve("workbench-" + suffix + ".png"));
                robot.interact(
                        () -> w.nationsTab().getTabPane().getSelectionModel().select(w.nationsTab()));
                snap(robot, w.getScene(), dir.resolve("nations-" + suffix + ".png"));
                Instant t = Instant.parse("2011-04-01T00:00:00Z");
                var owner = stage;
                dialog(
                        robot,
                        dir,
                        "annotation-interval-" + suffix,
                        () -> new AnnotationDialog(
                                owner,
                                Annotation.interval("a", t, t.plusSeconds(86_400), "", null),
                                null,
                                ZoneOffset.UTC));
                dialog(
                        robot,
                        dir,
                        "annotation-marker-" + suffix,
                        () -> new AnnotationDialog(owner, Annotation.marker("m", t, "", null), null, ZoneOffset.UTC));
                dialog(
                        robot,
                        dir,
                        "note-on-record-" + suffix,
                        () -> new AnnotationDialog(
                                owner,
                                Annotation.onRecord("n", "x", "", null),
                                "UN Security Council adopts Resolution 1973",
                                ZoneOffset.UTC));
                dialog(robot, dir, "about-" + suffix, () -> AboutDialog.create(owner));
                dialog(
                        robot,
                        dir,
                        "problems-" + suffix,
                        () -> ProblemsDialog.create(
                                owner,
                                "/data/bad.json",
                                List.of(new LoadProblem("/data/bad.json", 2, 14, "missing required field \"kind\""))));
                dialog(
                        robot,
                        dir,
                        "error-" + suffix,
                        () -> ErrorDialogs.unexpected(
                                owner,
                                "Could not open /data/a-very-long-"
                                        + "folder-name/with/many/levels/and/a/file-name-that-goes-on.json",
                                new IllegalStateException(
                                        "a message that is long enough to run off the side of the dialog when it is not wrapped, as the issue saw")));
                dialog(robot, dir, "shortcuts-" + suffix, () -> KeyboardShortcuts.dialog(owner, w.menuBar()));
                dialog(
                        robot,
                        dir,
                        "export-" + suffix,
                        () -> new ExportDialog(
                                owner,
                                w.datasetProperty().get(),
                                AnnotationDocument.EMPTY,
                                BriefingView.wholeDataset(w.datasetProperty().get()),
                                ViewFilter.NONE,
                                SavedView.LANES_BY_KIND,
                                ZoneOffset.UTC,
                                dir));
                dialog(robot, dir, "import-" + suffix, () -> {
                    ImportDialog d = new ImportDialog(csv, List.of("Date", "Sorties", "Strike sorties", "Source"));
                    d.initOwner(owner);
                    return d;
                });
            }
        }
        robot.interact(() -> Themes.apply(false));
        Files.write(dir.resolve("truncated.txt"), truncated);
    }

    private void dialog(FxRobot robot, Path dir, String name, Supplier<Dialog<?>> make) throws IOException {
        Dialog<?>[] d = new Dialog<?>[1];
        robot.interact(() -> {
            d[0] = make.get();
            d[0].show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(
                () -> Truncation.truncatedLabels(d[0].getDialogPane()).forEach(s -> truncated.add(name + ": " + s)));
        snap(robot, d[0].getDialogPane().getScene(), dir.resolve(name + ".png"));
        robot.interact(() -> d[0].getDialogPane().getScene().getWindow().hide());
    }

    private static void snap(FxRobot robot, Scene scene, Path file) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = scene.snapshot(null));
        writePng(img[0], file);
    }

    static void writePng(WritableImage img, Path file) throws IOException {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        java.awt.image.BufferedImage out =
                new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        out.setRGB(0, 0, w, h, argb, 0, w);
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
