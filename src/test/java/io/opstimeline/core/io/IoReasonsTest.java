package io.opstimeline.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reasons a user reads when the file system refuses a write. Permission and a full disk cannot
 * be made to happen on every machine (tests often run as root, on a roomy disk), so the refusals
 * are the exceptions the JDK throws for them.
 */
class IoReasonsTest {
    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new AccessDeniedException("/srv/out/brief.pdf"), "permission denied"),
                Arguments.of(
                        new FileSystemException("/srv/out/brief.pdf", null, "Permission denied"), "permission denied"),
                Arguments.of(
                        new FileSystemException("/srv/out/brief.pdf", null, "Operation not permitted"),
                        "permission denied"),
                Arguments.of(
                        new FileSystemException("/mnt/usb/brief.pdf", null, "No space left on device"),
                        "the disk is full"),
                Arguments.of(new IOException("No space left on device"), "the disk is full"),
                Arguments.of(
                        new FileSystemException("/home/a/brief.pdf", null, "Disk quota exceeded"),
                        "over the disk quota"),
                Arguments.of(
                        new FileSystemException("/media/cd/brief.pdf", null, "Read-only file system"),
                        "the disk is read-only"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusalIsSaidInPlainWordsWithoutAJavaExceptionName(IOException refusal, String reason) {
        assertThat(IoReasons.reason(refusal)).isEqualTo(reason).doesNotContain("Exception");
    }

    @Test
    void aWriteIntoAFolderTheUserMayNotWriteSaysPermissionDeniedNamingTheFile(@TempDir Path dir) throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        Assumptions.assumeFalse(Files.isWritable(locked), "running as root: a folder's permissions do not bind");
        Path target = locked.resolve("brief.pdf");

        OutputException refused =
                catchThrowableOfType(() -> AtomicFiles.write(target, new byte[] {1}), OutputException.class);

        assertThat(refused.getMessage()).contains(target.toString()).contains("permission denied");
        assertThat(target).doesNotExist();
    }
}
