package io.opstimeline.core.io;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** However the output names an input (path, spelling, symbolic or hard link), it is refused. */
class OutputGuardTest {
    @TempDir
    Path dir;

    @Test
    void everySpellingOfAnInputIsRefused() throws IOException {
        Path data = Files.writeString(dir.resolve("d.json"), "{}");
        Path sidecar = dir.resolve("d.annotations.json"); // need not exist yet
        OutputGuard guard = new OutputGuard().input(data, "the dataset").input(sidecar, "the annotations file");
        Path sub = Files.createDirectory(dir.resolve("sub"));

        assertThatThrownBy(() -> guard.check(data))
                .isInstanceOf(InputOverwriteException.class)
                .hasMessageContaining("is the dataset");
        assertThatThrownBy(() -> guard.check(sub.resolve("../d.json"))).isInstanceOf(InputOverwriteException.class);
        assertThatThrownBy(() -> guard.check(Files.createSymbolicLink(dir.resolve("link.json"), data)))
                .isInstanceOf(InputOverwriteException.class);
        assertThatThrownBy(() -> guard.check(Files.createLink(dir.resolve("hard.json"), data)))
                .isInstanceOf(InputOverwriteException.class);
        assertThatThrownBy(() -> guard.check(sidecar))
                .isInstanceOf(InputOverwriteException.class)
                .hasMessageContaining("is the annotations file");
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("alias"), dir);
        assertThatThrownBy(() -> guard.check(linkedFolder.resolve("d.annotations.json")))
                .isInstanceOf(InputOverwriteException.class);
        assertThatCode(() -> guard.check(dir.resolve("d.pdf"))).doesNotThrowAnyException();
    }
}
