package io.opstimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.importer.csv.CsvImportSpec;
import io.opstimeline.core.importer.csv.CsvImporter;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bounded fuzz run of every {@code mvn test}: a few thousand seeded random mutations of the
 * seed files (byte flips, cuts, splices, hostile tokens) through both loaders, asserting the same
 * property as the Jazzer tests. Jazzer in a plain run only replays its seeds; this explores.
 * The seed is fixed so a failure reproduces; the failing input is printed in hex.
 */
class LoaderMutationTest {
    private static final int ROUNDS = 3000;
    private static final String[] TOKENS = {
        "\"",
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "null",
        "1e400",
        "-0",
        "NaN",
        "\\u0000",
        "\\ud800",
        "0000-00-00",
        "2011-02-29",
        "9999-12-31T23:59+14:00",
        "\u00e9",
        "\r\n",
        "\"\"",
        ";",
        "\t",
        "31/12/2011",
        "12/31/2011",
        "~",
        "n/a",
        "1,234,567.5",
        "\uFEFF"
    };

    @Test
    void noMutatedJsonRaisesAnythingButALoadError() throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        seeds.add(Files.readAllBytes(Path.of("src/test/resources/datasets/small.json")));
        // a second valid seed, so mutants that still load stay common as the bad corpus grows
        seeds.add(Files.readAllBytes(Path.of("src/test/resources/bad-input/commands/ok.json")));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad-input"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")
                            && !f.getFileName().toString().startsWith("deep"))
                    .sorted()
                    .collect(Collectors.toList())) {
                seeds.add(Files.readAllBytes(f));
            }
        }
        DatasetLoader loader = new DatasetLoader();
        int loaded = run(seeds, 1, input -> loader.load("mutant.json", input));
        assertThat(loaded)
                .as("some mutants still load: the mutations are not all fatal")
                .isPositive();
    }

    @Test
    void noMutatedCsvRaisesAnythingButALoadError() {
        List<byte[]> seeds = List.of(
                "date,a,b,approx,source\n03/04/2011,\"1,719\",,yes,\"NATO, key facts\"\n2011-04-05,~2000,NA,,x\n"
                        .getBytes(StandardCharsets.UTF_8),
                "start,end,title,kind,nations,source,id\n19 Mar 2011,2011-03-20,\"Strikes, \"\"begin\"\"\nagain\",Strike,"
                        .concat("\"FRA;GBR\",https://x.org,a1\nMarch 2011,,Talks,,,,a2\n")
                        .getBytes(StandardCharsets.UTF_8));
        CsvImporter importer = new CsvImporter();
        CsvImportSpec series = CsvImportSpec.series("date", List.of("a", "b")).toBuilder()
                .approxColumn("approx")
                .sourceColumn("source")
                .build();
        CsvImportSpec events = CsvImportSpec.events("start", "title").toBuilder()
                .sourceColumn("source")
                .endColumn("end")
                .kindColumn("kind")
                .nationColumn("nations")
                .idColumn("id")
                .build();
        int converted = run(
                seeds,
                2,
                input -> importer.importCsv(
                        "mutant.csv",
                        input,
                        input.length > 0 && input[0] == 'd'
                                ? series
                                : events.withDateFormat(input.length % 2 == 0 ? null : "dd/MM/yyyy")));
        assertThat(converted).isPositive();
    }

    interface Target {
        void accept(byte[] input) throws DatasetLoadException;
    }

    /** Returns how many mutants were accepted; fails on the first that raises anything unexpected. */
    private static int run(List<byte[]> seeds, long seed, Target target) {
        Random random = new Random(seed);
        int accepted = 0;
        for (int round = 0; round < ROUNDS; round++) {
            // half the rounds start from the first seed, a valid file, so that some mutants stay valid
            // however many refused files the corpus holds
            byte[] input = seeds.get(random.nextBoolean() ? 0 : random.nextInt(seeds.size()));
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                input = mutate(input, random, seeds);
            }
            try {
                target.accept(input);
                accepted++;
            } catch (DatasetLoadException expected) {
                assertThat(expected.problems()).isNotEmpty();
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(
                        "round " + round + " raised " + e + " for input (hex) "
                                + java.util.HexFormat.of().formatHex(input),
                        e);
            }
        }
        return accepted;
    }

    private static byte[] mutate(byte[] in, Random r, List<byte[]> seeds) {
        if (in.length == 0) {
            return TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
        }
        int at = r.nextInt(in.length);
        switch (r.nextInt(6)) {
            case 0: { // flip a byte
                byte[] out = in.clone();
                out[at] = (byte) r.nextInt(256);
                return out;
            }
            case 1: // cut the rest
                return Arrays.copyOf(in, at);
            case 2: { // delete a range
                int len = Math.min(in.length - at, 1 + r.nextInt(16));
                byte[] out = new byte[in.length - len];
                System.arraycopy(in, 0, out, 0, at);
                System.arraycopy(in, at + len, out, at, in.length - at - len);
                return out;
            }
            case 3: // insert a hostile token
                return insert(in, at, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
            case 4: { // splice in part of another seed
                byte[] other = seeds.get(r.nextInt(seeds.size()));
                int from = other.length == 0 ? 0 : r.nextInt(other.length);
                return insert(
                        in, at, Arrays.copyOfRange(other, from, Math.min(other.length, from + 1 + r.nextInt(64))));
            }
            default: { // repeat a range
                int len = Math.min(in.length - at, 1 + r.nextInt(32));
                return insert(in, at, Arrays.copyOfRange(in, at, at + len));
            }
        }
    }

    private static byte[] insert(byte[] in, int at, byte[] piece) {
        byte[] out = new byte[in.length + piece.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(piece, 0, out, at, piece.length);
        System.arraycopy(in, at, out, at + piece.length, in.length - at);
        return out;
    }
}
