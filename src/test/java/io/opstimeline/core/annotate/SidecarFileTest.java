package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarFileTest {
    @TempDir
    Path dir;

    private static AnnotationDocument sample() {
        return new AnnotationDocument(
                List.of(
                        Annotation.onRecord("n1", "talks", "Ministers agree", Rgb.parse("#d62728")),
                        Annotation.marker("m1", Instant.parse("2011-03-31T00:00:00Z"), "NATO takes command", null),
                        Annotation.interval(
                                "i1",
                                Instant.parse("2011-06-01T00:00:00Z"),
                                Instant.parse("2011-07-15T00:00:00Z"),
                                "Stalemate\nsecond line",
                                Rgb.parse("#8c564b")),
                        Annotation.onRange(
                                "r1",
                                Instant.parse("2011-04-20T00:00:00Z"),
                                Instant.parse("2011-05-10T00:00:00Z"),
                                "tempo \"rises\"",
                                null)),
                List.of(
                        new SavedView(
                                "Spring",
                                Instant.parse("2011-03-10T00:00:00Z"),
                                Instant.parse("2011-06-01T00:00:00Z"),
                                new ViewFilter(List.of("meeting"), List.of("FRA", "NOR"), "contact group", "B2"),
                                "kind"),
                        new SavedView(
                                "Dimmed",
                                Instant.parse("2011-03-10T00:00:00Z"),
                                Instant.parse("2011-06-01T00:00:00Z"),
                                new ViewFilter(
                                        List.of("decision"),
                                        List.of(),
                                        null,
                                        null,
                                        io.opstimeline.core.filter.FilterMode.DIM),
                                "nation")));
    }

    @Test
    void shouldLiveBesideTheDataFileAndNeverBeIt() {
        SidecarFile s = SidecarFile.besideData(dir.resolve("oup-2011.json"));

        assertThat(s.path()).isEqualTo(dir.resolve("oup-2011.annotations.json").toAbsolutePath());
        assertThat(s.backupPath().getFileName().toString()).isEqualTo("oup-2011.annotations.json.bak");
    }

    @Test
    void shouldReadBackExactlyWhatItSaved() throws Exception {
        SidecarFile s = SidecarFile.besideData(dir.resolve("data.json"));

        s.save(sample());
        SidecarFile.Loaded loaded = s.load();

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.document()).isEqualTo(sample());
    }

    @Test
    void shouldKeepThePreviousCopyAsBackup() throws Exception {
        SidecarFile s = SidecarFile.besideData(dir.resolve("data.json"));
        AnnotationDocument first = new AnnotationDocument(sample().annotations().subList(0, 1), List.of());

        s.save(first);
        s.save(sample());

        assertThat(SidecarFile.parse(Files.readAllBytes(s.backupPath()), s.backupPath()))
                .isEqualTo(first);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("data.annotations.json", "data.annotations.json.bak");
    }

    @Test
    void shouldFallBackToTheBackupWhenTheFileIsDamaged() throws Exception {
        SidecarFile s = SidecarFile.besideData(dir.resolve("data.json"));
        s.save(sample());
        s.save(sample());
        Files.writeString(s.path(), "{\"annotations\": [\n  {\"id\": ");

        SidecarFile.Loaded loaded = s.load();

        assertThat(loaded.document()).isEqualTo(sample());
        assertThat(loaded.warnings())
                .anySatisfy(
                        w -> assertThat(w).contains("data.annotations.json:2:").contains("not valid JSON"));
        assertThat(dir.resolve("data.annotations.json.unreadable")).exists();
    }

    @Test
    void shouldReportAWrongValueWithoutFailing() throws Exception {
        SidecarFile s = SidecarFile.besideData(dir.resolve("data.json"));
        Files.writeString(
                s.path(), "{\"annotations\":[{\"id\":\"x\",\"kind\":\"marker\",\"start\":\"last tuesday\"}]}");

        SidecarFile.Loaded loaded = s.load();

        assertThat(loaded.document()).isEqualTo(AnnotationDocument.EMPTY);
        assertThat(loaded.warnings())
                .anySatisfy(w -> assertThat(w).contains("annotation 1").contains("last tuesday"));
    }

    @Test
    void shouldTreatAMissingFileAsNoAnnotations() {
        SidecarFile.Loaded loaded =
                SidecarFile.besideData(dir.resolve("data.json")).load();

        assertThat(loaded.document()).isEqualTo(AnnotationDocument.EMPTY);
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void shouldSaveInTheBackgroundAfterEdits() throws Exception {
        SidecarFile s = SidecarFile.besideData(dir.resolve("data.json"));
        AnnotationStore store = new AnnotationStore();
        try (SidecarAutoSaver saver = new SidecarAutoSaver(s, 50, e -> {
            throw new AssertionError(e);
        })) {
            store.addListener(saver);
            for (Annotation a : sample().annotations()) {
                store.put(a);
            }
            store.undo();
            saver.flush();
        }
        assertThat(s.load().document().annotations()).hasSize(3);
    }
}
