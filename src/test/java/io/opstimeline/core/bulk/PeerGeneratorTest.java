package io.opstimeline.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java port of gen.js must produce the peer's items exactly. The fixture is the output of
 * {@code node shared/bench/gen.js 1000}; when node and gen.js are at hand the test also runs them.
 */
class PeerGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheSameBytesAsGenJsAtOneThousand() throws Exception {
        StringWriter ours = new StringWriter();
        PeerGenerator.writeJson(1000, PeerGenerator.DEFAULT_SEED, ours);
        byte[] fixture;
        try (InputStream in = PeerGeneratorTest.class.getResourceAsStream("/bench/gen-1000.json")) {
            fixture = in.readAllBytes();
        }
        assertThat(ours.toString()).isEqualTo(new String(fixture, StandardCharsets.UTF_8));
    }

    @Test
    void matchesLiveNodeOutputWhenNodeIsAvailable() throws Exception {
        Path gen = Path.of("../shared/bench/gen.js");
        if (!Files.exists(gen)) {
            gen = Path.of("/work/shared/bench/gen.js");
        }
        if (!Files.exists(gen) || !onPath("node")) {
            return; // the committed fixture above still proves the port
        }
        Path out = tmp.resolve("gen.json");
        Process p = new ProcessBuilder("node", gen.toString(), "1000", "12345")
                .redirectOutput(out.toFile())
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        StringWriter ours = new StringWriter();
        PeerGenerator.writeJson(1000, 12345, ours);
        assertThat(ours.toString()).isEqualTo(Files.readString(out));
    }

    @Test
    void generatedStoreEqualsTheStoreReadFromTheJson() throws Exception {
        StringWriter json = new StringWriter();
        PeerGenerator.writeJson(3000, 99, json);
        ItemStore read = VisItemsReader.read(
                "gen.json", new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)), 16);
        ItemStore made = PeerGenerator.store(3000, 99);
        assertThat(made.size()).isEqualTo(read.size()).isEqualTo(3000);
        assertThat(made.laneCount()).isEqualTo(read.laneCount()).isEqualTo(8);
        for (int r = 0; r < made.size(); r++) {
            assertThat(made.id(r)).isEqualTo(read.id(r));
            assertThat(made.title(r)).isEqualTo(read.title(r));
            assertThat(made.start(r)).isEqualTo(read.start(r));
            assertThat(made.end(r)).isEqualTo(read.end(r));
            assertThat(made.flags(r)).isEqualTo(read.flags(r));
        }
        assertThat(read.lane(2).label()).isEqualTo("Strikes");
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }
}
