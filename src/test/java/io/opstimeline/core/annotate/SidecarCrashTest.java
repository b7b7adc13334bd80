package io.opstimeline.core.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process saving annotations as fast as it can is killed with SIGKILL mid-stream; the sidecar
 * must still load, holding every edit that was reported saved, and at most one more.
 */
class SidecarCrashTest {
    @TempDir
    Path dir;

    @Test
    void shouldSurviveAKillDuringSavesWithAllButAtMostTheLastEdit() throws Exception {
        Path file = dir.resolve("data.annotations.json");
        int before = 0;
        for (int round = 0; round < 4; round++) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), SidecarCrashChild.class.getName(), file.toString());
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
            assertThat(acknowledged).as("the child saved something before it was killed").isGreaterThan(before);

            SidecarFile.Loaded loaded = new SidecarFile(file).load();

            List<Annotation> notes = loaded.document().annotations();
            assertThat(notes.size()).isBetween(acknowledged, acknowledged + 1);
            for (int i = 0; i < notes.size(); i++) {
                assertThat(notes.get(i).id()).isEqualTo("note-" + (i + 1));
            }
            before = notes.size();
        }
    }

    private static void readSaves(Process child, AtomicInteger lastSaved) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
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
