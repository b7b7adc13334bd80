package io.opstimeline.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed write leaves the old file byte for byte and no temp file; a good one replaces it whole. */
class AtomicFilesTest {
    private static final byte[] LAST_GOOD = "the last good export\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private Path lastGood() throws IOException {
        Path file = dir.resolve("brief.png");
        Files.write(file, LAST_GOOD);
        return file;
    }

    private long leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part"))
                    .count();
        }
    }

    @Test
    void aWriterThatThrowsHalfWayLeavesTheOldFileAsItWas() throws IOException {
        Path file = lastGood();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
                    out.write(new byte[100_000]);
                    throw new IOException("No space left on device");
                }))
                .isInstanceOf(OutputException.class)
                .hasMessage(file + ": the disk is full");

        assertThat(Files.readAllBytes(file)).isEqualTo(LAST_GOOD);
        assertThat(leftovers()).isZero();
    }

    @Test
    void runningOutOfMemoryHalfWayLeavesTheOldFileAndNoTemp() throws IOException {
        Path file = lastGood();

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
                    out.write(1);
                    throw new OutOfMemoryError("Java heap space");
                }))
                .isInstanceOf(OutOfMemoryError.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(LAST_GOOD);
        assertThat(leftovers()).isZero();
    }

    @Test
    void aGoodWriteReplacesTheWholeFileAndKeepsItsPermissions() throws IOException {
        Path file = lastGood();
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-r-----");
        assertThat(leftovers()).isZero();
    }

    @Test
    void aFolderAsTheTargetIsRefusedByNameAndLeavesNoPart() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("outdir"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, new byte[] {1}))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining(folder + ": is a folder");

        assertThat(leftovers()).isZero();
        assertThat(Files.exists(dir.resolve("outdir.part"))).isFalse();
    }

    @Test
    void aMissingFolderIsNamed() {
        Path nowhere = dir.resolve("no/such/out.svg");

        assertThatThrownBy(() -> AtomicFiles.write(nowhere, new byte[] {1}))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("the folder " + nowhere.getParent() + " does not exist");
    }

    @Test
    void aLinkIsFollowedSoTheLinkStaysAndItsFileIsReplaced() throws IOException {
        Path file = lastGood();
        Path link = Files.createSymbolicLink(dir.resolve("latest.png"), file.getFileName());

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void aDeviceIsNotReplaced() {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull));

        assertThatThrownBy(() -> AtomicFiles.write(devNull, new byte[] {1}))
                .isInstanceOf(OutputException.class)
                .hasMessageContaining("not a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }
}
