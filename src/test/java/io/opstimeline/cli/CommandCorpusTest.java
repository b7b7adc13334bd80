package io.opstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every way a command can fail, one case each in src/test/resources/bad-input/commands: NAME.args
 * holds the arguments (one a line; {here} is that folder, {tmp} a fresh folder, {empty} an empty argument) and NAME.expected
 * the exit code ("exit N") and lines the error output must contain. No case may reach the
 * catch-all handler, print a stack trace, or change any file in the corpus.
 */
class CommandCorpusTest {
    private static final Path COMMANDS = Path.of("src/test/resources/bad-input/commands");
    private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");
    private static final Duration GUARD = Duration.ofSeconds(60);
    private static Map<Path, String> hashesBefore;

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {}

    @BeforeAll
    static void hashTheCorpus() throws IOException {
        hashesBefore = hashes();
    }

    @AfterAll
    static void noCaseChangedAnyInputFile() throws IOException {
        assertThat(hashes()).isEqualTo(hashesBefore);
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> files = Files.list(COMMANDS)) {
            return files
                    .map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".args"))
                    .map(n -> n.substring(0, n.length() - ".args".length()))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    private String fill(String s) {
        return s.replace("{empty}", "")
                .replace("{here}", COMMANDS.toAbsolutePath().toString())
                .replace("{tmp}", tmp.toString());
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = assertTimeoutPreemptively(
                GUARD, () -> OpsTimelineCommand.run(args, new PrintWriter(out), new PrintWriter(err)));
        return new Run(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFailureHasItsExitCodeAndMessage(String name) throws IOException {
        String[] args = Files.readAllLines(COMMANDS.resolve(name + ".args"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isEmpty())
                .map(this::fill)
                .toArray(String[]::new);
        List<String> expected = Files.readAllLines(COMMANDS.resolve(name + ".expected"), StandardCharsets.UTF_8);

        Run run = run(args);

        assertThat(run.exit())
                .as("exit code of %s; stderr: %s", name, run.err())
                .isEqualTo(Integer.parseInt(
                        expected.get(0).substring("exit ".length()).strip()));
        for (String line : expected.subList(1, expected.size())) {
            assertThat(run.err()).contains(fill(line));
        }
        assertNotACrash(run);
        try (Stream<Path> left = Files.walk(tmp)) {
            assertThat(left.filter(f -> f.toString().endsWith(".part")).toList())
                    .as("temp files left")
                    .isEmpty();
        }
    }

    private static void assertNotACrash(Run run) {
        assertThat(run.exit()).as("the catch-all handler (a bug)").isNotEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(run.err())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("unexpected failure");
    }

    static Stream<Path> datasets() throws IOException {
        try (Stream<Path> files = Files.list(BAD_INPUT)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(f -> !f.toString().endsWith(".expected"))
                    .sorted()
                    .collect(Collectors.toList())
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void noBadDatasetEndsInTheCatchAllWhenExported(Path file) {
        Run run = run(
                "export",
                "--in",
                file.toString(),
                "--format",
                "svg",
                "--out",
                tmp.resolve("o.svg").toString());

        assertThat(run.exit()).as("%s: %s", file, run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertNotACrash(run);
        assertThat(Files.exists(tmp.resolve("o.svg"))).isFalse();
    }

    @Test
    void everyExitCodeIsReachedByACase() throws IOException {
        List<Integer> reached = cases().map(n -> {
                    try {
                        String first = Files.readAllLines(COMMANDS.resolve(n + ".expected"))
                                .get(0);
                        return Integer.parseInt(
                                first.substring("exit ".length()).strip());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })
                .distinct()
                .toList();
        assertThat(reached)
                .contains(
                        ExitCodes.OK,
                        ExitCodes.BAD_INPUT,
                        ExitCodes.USAGE,
                        ExitCodes.OUTPUT_IS_INPUT,
                        ExitCodes.CANNOT_WRITE);
    }

    private static Map<Path, String> hashes() throws IOException {
        Map<Path, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(BAD_INPUT)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(f, sha256(Files.readAllBytes(f)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
