package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving annotations as fast as it can is killed with SIGKILL mid-stream; the sidecar
 * must still load, holding every edit that was reported saved, in order, and no edit that was never
 * attempted. The upper bound comes from the child's own record of what it attempted, not from the
 * "saved" lines the parent happened to read before the kill: those may lag behind by several.
 */
class SidecarCrashTest {
    @TempDir
    Path dir;

    @Test
    void shouldSurviveAKillDuringSavesWithAllButAtMostTheLastEdit() throws Exception {
        Path file = dir.resolve("data.annotations.json");
        Path attempts = dir.resolve("attempts.txt");
        int before = 0;
        for (int round = 0; round < 4; round++) {
            ProcessBuilder pb = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    SidecarCrashChild.class.getName(),
                    file.toString(),
                    attempts.toString());
            pb.redirectErrorStream(true);
            Process child = pb.start();
            AtomicInteger lastSaved = new AtomicInteger(-1);
            Thread reader = new Thread(() -> readSaves(child, lastSaved));
            reader.start();
            // Let it get properly going, then kill it at a moment it cannot choose.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lastSaved.get() < before + 20 + round * 7 && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(2);
            }
            Thread.sleep(round * 3L);
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
            reader.join(5000);
            int acknowledged = lastSaved.get();
            assertThat(acknowledged)
                    .as("the child saved something before it was killed")
                    .isGreaterThan(before);

            SidecarFile.Loaded loaded = new SidecarFile(file).load();

            List<Annotation> notes = loaded.document().annotations();
            int attempted = lastAttempt(attempts);
            assertThat(notes.size())
                    .as(
                            "notes kept: every acknowledged edit (%d), none beyond the last attempted (%d)",
                            acknowledged, attempted)
                    .isBetween(acknowledged, attempted);
            for (int i = 0; i < notes.size(); i++) {
                assertThat(notes.get(i).id()).isEqualTo("note-" + (i + 1));
            }
            before = notes.size();
        }
    }

    /**
     * The last attempt the child wrote in full: a line cut by the kill has no newline yet, and its
     * save had not begun.
     */
    private static int lastAttempt(Path attempts) throws java.io.IOException {
        String text = Files.readString(attempts);
        String complete = text.substring(0, text.lastIndexOf('\n') + 1).strip();
        return Integer.parseInt(complete.substring(complete.lastIndexOf('\n') + 1));
    }

    private static void readSaves(Process child, AtomicInteger lastSaved) {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    lastSaved.set(Integer.parseInt(line.substring(6).trim()));
                }
            }
        } catch (Exception ignored) {
            // the stream ends abruptly when the child is killed
        }
    }
}
