package io.opstimeline.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing a file through AtomicFiles is killed with SIGKILL at different moments of a
 * write; the file must always be one whole version, at least the last one reported written, never
 * a torn or empty one (the 0-byte PNG of issue 16).
 */
class AtomicFilesKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillAtAnyMomentLeavesAWholeVersion() throws Exception {
        Path target = dir.resolve("brief.png");
        for (int round = 0; round < 4; round++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            AtomicWriteChild.class.getName(),
                            target.toString())
                    .redirectErrorStream(true)
                    .start();
            AtomicInteger acknowledged = new AtomicInteger();
            Thread reader = new Thread(() -> readWrites(child, acknowledged));
            reader.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (acknowledged.get() < 2 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(1 + round * 7L); // a different point of a write each round
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            assertThat(acknowledged.get())
                    .as("the child wrote before it was killed")
                    .isGreaterThanOrEqualTo(2);

            byte[] bytes = Files.readAllBytes(target);
            assertThat(bytes).as("round %d: neither empty nor torn", round).hasSize(AtomicWriteChild.SIZE);
            String head = new String(bytes, 0, 16, StandardCharsets.US_ASCII);
            int version = Integer.parseInt(head.substring(1, head.indexOf('\n')));
            assertThat(bytes).as("round %d: a whole version", round).isEqualTo(AtomicWriteChild.body(version));
            assertThat(version).isGreaterThanOrEqualTo(acknowledged.get());
        }
        AtomicFiles.write(target, "after the kills".getBytes(StandardCharsets.UTF_8));
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("the next write tidies the temp files the killed writers left")
                    .containsExactly("brief.png");
        }
    }

    @Test
    void theTempFileOfAWriterThatDiedIsRemovedByTheNextWrite() throws Exception {
        Process ended = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true)
                .start();
        ended.getInputStream().readAllBytes();
        ended.waitFor(30, TimeUnit.SECONDS);
        Path target = dir.resolve("brief.pdf");
        Path leftOver = dir.resolve(AtomicFiles.tempPrefix("brief.pdf", ended.pid()) + "7.part");
        Files.writeString(leftOver, "half a page");

        AtomicFiles.write(target, new byte[] {1});

        assertThat(leftOver).doesNotExist();
        assertThat(target).hasBinaryContent(new byte[] {1});
    }

    @Test
    void aLiveWritersTempFileIsLeftAlone() throws Exception {
        Path target = dir.resolve("brief.pdf");
        Path inProgress = dir.resolve(
                AtomicFiles.tempPrefix("brief.pdf", ProcessHandle.current().pid()) + "7.part");
        Files.writeString(inProgress, "half a page");

        AtomicFiles.write(target, new byte[] {1});

        assertThat(inProgress).exists();
    }

    private static void readWrites(Process child, AtomicInteger acknowledged) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("wrote ")) {
                    acknowledged.set(Integer.parseInt(line.substring(6).strip()));
                }
            }
        } catch (java.io.IOException e) {
            // the child was killed
        }
    }
}
