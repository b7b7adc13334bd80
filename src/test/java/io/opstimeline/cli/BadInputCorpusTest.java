package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.LocatedJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in src/test/resources/bad-input is refused by {@code validate} with exit 1, only
 * {@code file:line:col: message} lines, each line of its {@code .expected} sidecar, and no stack
 * trace. Files too big to commit are generated into a temporary folder.
 */
class BadInputCorpusTest {
    private static final Path CORPUS = Path.of("src/test/resources/bad-input");
    /** A hang guard only; each case takes well under a second. */
    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    static Stream<Path> corpus() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            // the commands/ folder holds the other commands' cases (CommandCorpusTest)
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".expected"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    private static Run validate(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(
                GUARD,
                () -> OpsTimelineCommand.run(
                        new String[] {"validate", file.toString()}, new PrintWriter(out), new PrintWriter(err)));
        return new Run(exit, out.toString(), err.toString());
    }

    private static void assertRefused(Path file, Run run, String expected) {
        assertThat(run.exit()).as("exit code for %s", file).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().collect(Collectors.toList());
        Pattern located = Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: \\S.*");
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).matches(located));
        for (String line : expected.split("\n")) {
            assertThat(run.err()).contains(file + ":" + line.strip());
        }
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void corpusHasAtLeastFortyFilesEachWithItsExpectedMessage() throws IOException {
        List<Path> files = corpus().collect(Collectors.toList());
        assertThat(files).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files).allSatisfy(f -> assertThat(expectedFor(f)).isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void validateRefusesWithTheExpectedMessage(Path file) throws IOException {
        assertRefused(file, validate(file), expectedFor(file));
    }

    private static String expectedFor(Path file) throws IOException {
        String name = file.getFileName().toString();
        Path expected = file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected");
        return Files.readString(expected, StandardCharsets.UTF_8).strip();
    }

    @Test
    void aHugeStringIsRefusedAtTheLimitNotReadWhole() throws IOException {
        // A "1 GB string" needs no 1 GB file: an unterminated string past the limit trips the same guard.
        Path file = tmp.resolve("huge-string.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"format\": \"ops-timeline/1\",\n \"title\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "a".repeat(64 * 1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 40; i++) {
                out.write(chunk);
            }
        }
        Run run = validate(file);
        assertRefused(file, run, "2:");
        assertThat(run.err()).contains("a text value longer than 1000000 characters");
    }

    @Test
    void aTwoHundredMegabyteFileIsRefusedBeforeReading() throws IOException {
        Path file = tmp.resolve("200mb.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(200L * 1024 * 1024);
        }
        try {
            assertRefused(file, validate(file), "1:1: file is 200 MB; the limit for a dataset is 64 MB");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileWithMoreValuesThanTheHeapCanHoldIsRefusedCalmly() throws IOException {
        // The real cap follows the heap (2.6 million values at -Xmx1g, 3 s to reach); a lower one
        // set here checks the same guard in a fraction of the time.
        System.setProperty(LocatedJson.MAX_VALUES_PROPERTY, "300000");
        try {
            refuseTooManyValues();
        } finally {
            System.clearProperty(LocatedJson.MAX_VALUES_PROPERTY);
        }
    }

    private void refuseTooManyValues() throws IOException {
        long values = LocatedJson.maxValues() + 1000;
        Assumptions.assumeTrue(values * 2 < DatasetLoader.MAX_FILE_BYTES, "heap so large the file limit comes first");
        Path file = tmp.resolve("many-values.json");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("{\"format\": \"ops-timeline/1\", \"title\": \"t\", \"events\": [0"
                    .getBytes(StandardCharsets.UTF_8));
            for (long i = 1; i < values; i++) {
                out.write(',');
                out.write('0');
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }
        Run run = validate(file);
        assertRefused(file, run, "1:");
        assertThat(run.err()).contains("more than 300000 values; that is more than this program can hold");
    }

    @Test
    void aTitleOfSixtyFiveThousandCombiningMarksIsRefusedNotDrawn() throws IOException {
        // the case that ended the JVM in the text shaper when drawn; too big to commit
        Path file = tmp.resolve("zalgo.json");
        Files.writeString(
                file,
                "{\"format\": \"ops-timeline/1\",\n \"title\": \"Z" + "\u0301".repeat(65_600) + "\", \"events\": []}",
                StandardCharsets.UTF_8);
        assertRefused(file, validate(file), "2:11: title: a run of more than 64 combining marks");
    }

    @Test
    void aDeviceAndAPipeAreReadOnlyUpToTheLimit() throws Exception {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        assertRefused(zero, validate(zero), "1:1: more than 64 MB came from this input (not a regular file)");
        Path fifo = tmp.resolve("pipe.json");
        Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        // a writer that would go on for 1 GB; the reader must stop at 64 MB and not wait for the end
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] chunk = new byte[1 << 20];
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the reader closed the pipe at the limit: what we want
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertRefused(fifo, validate(fifo), "1:1: more than 64 MB came from this input (not a regular file)");
    }

    @Test
    void aFolderAndAMissingFileAreRefusedToo() {
        assertRefused(tmp, validate(tmp), "1:1: this is a folder, not a data file");
        Path missing = tmp.resolve("missing.json");
        assertRefused(missing, validate(missing), "1:1: no such file");
    }

    @Test
    void theShadedJarRefusesAsAChildProcess() throws Exception {
        Path jar = Path.of("target/ops-timeline.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "shaded jar not built (mvn package)");
        // a jar left over from an earlier build would test old code: only a current one counts
        Path loader = Path.of("target/classes/io/opstimeline/core/load/DatasetLoader.class");
        Assumptions.assumeTrue(
                !Files.exists(loader)
                        || !Files.getLastModifiedTime(jar)
                                .toInstant()
                                .isBefore(Files.getLastModifiedTime(loader).toInstant()),
                "shaded jar is older than the compiled classes");
        for (String name : List.of("deep-nesting.json", "not-json.json", "invalid-utf8.json")) {
            Path file = CORPUS.resolve(name);
            Process p = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toString(),
                            "validate",
                            file.toString())
                    .start();
            boolean done = p.waitFor(60, TimeUnit.SECONDS);
            if (!done) {
                p.destroyForcibly();
            }
            assertThat(done).as("%s finished", name).isTrue();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertRefused(
                    file,
                    new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8), err),
                    expectedFor(file));
        }
    }
}
