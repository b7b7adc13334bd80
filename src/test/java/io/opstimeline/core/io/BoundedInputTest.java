package io.opstimeline.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A device that never ends is read up to the limit and no further; a file is refused by its size. */
class BoundedInputTest {
    @TempDir
    Path dir;

    @Test
    void anEndlessDeviceStopsJustPastTheLimit() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));

        assertThatThrownBy(() -> BoundedInput.readAtMost(zero, 1024 * 1024))
                .isInstanceOfSatisfying(
                        BoundedInput.TooLargeException.class,
                        e -> assertThat(e.knownSize()).isEqualTo(-1));
    }

    @Test
    void aStreamOverAnEndlessDeviceFailsOnceThePastTheLimit() throws IOException {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero));
        byte[] buf = new byte[4096];
        long read = 0;
        try (InputStream in = BoundedInput.open(zero, 100_000)) {
            while (true) {
                read += in.read(buf);
            }
        } catch (BoundedInput.TooLargeException e) {
            assertThat(read).isLessThanOrEqualTo(100_000);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeAndOneWithinIsReadWhole() throws IOException {
        Path file = Files.write(dir.resolve("f"), new byte[2000]);

        assertThatThrownBy(() -> BoundedInput.readAtMost(file, 1999))
                .isInstanceOfSatisfying(
                        BoundedInput.TooLargeException.class,
                        e -> assertThat(e.knownSize()).isEqualTo(2000));
        assertThat(BoundedInput.readAtMost(file, 2000)).hasSize(2000);
    }
}
