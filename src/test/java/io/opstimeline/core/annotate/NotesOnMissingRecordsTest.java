package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A note whose record the dataset lacks is kept through load and save, and reported with its file. */
class NotesOnMissingRecordsTest {
    @TempDir
    Path dir;

    @Test
    void aNoteOnAMissingRecordIsKeptInTheFileAndCountedInAWarningNamingIt() throws Exception {
        Path data = Files.writeString(
                dir.resolve("d.json"),
                "{\"format\": \"ops-timeline/1\", \"title\": \"t\","
                        + " \"events\": [{\"id\": \"e1\", \"kind\": \"k\", \"title\": \"x\", \"start\": \"2011-03-19\"}]}",
                StandardCharsets.UTF_8);
        Dataset d = new DatasetLoader().load(data);
        SidecarFile sidecar = SidecarFile.besideData(data);
        sidecar.save(new AnnotationDocument(
                List.of(
                        Annotation.onRecord("n1", "e1", "kept and drawn", null),
                        Annotation.onRecord("n2", "e-renamed", "kept, not drawn", null)),
                List.of()));

        AnnotationDocument loaded = sidecar.load().document();
        sidecar.save(loaded); // what the GUI's auto-saver does after any edit

        assertThat(sidecar.load().document().annotations())
                .extracting(Annotation::eventId)
                .containsExactly("e1", "e-renamed");
        assertThat(sidecar.missingRecordsWarning(loaded, d))
                .isEqualTo(sidecar.path()
                        + ": 1 note is pinned to records that d.json does not have; kept in the file, not drawn");
        assertThat(loaded.onMissingRecords(id -> d.event(id).isPresent())).hasSize(1);
    }
}
