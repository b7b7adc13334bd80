package io.opstimeline.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two-thread read must give exactly what one reader gives, or fall back to it. */
class SplitItemsReadTest {
    @TempDir
    Path tmp;

    @Test
    void generatedFileIsReadInTwoHalvesAndJoinsToTheSameStore() throws Exception {
        StringWriter w = new StringWriter();
        PeerGenerator.writeJson(5000, 11, w);
        long joins = SplitItemsRead.JOINS.get();
        assertSameAsOneReader(w.toString());
        assertThat(SplitItemsRead.JOINS.get()).as("the tail half was used").isEqualTo(joins + 1);
    }

    @Test
    void largeFilesOnDiskTakeTheSplitPath() throws Exception {
        Path file = tmp.resolve("items.json");
        try (var out = Files.newBufferedWriter(file)) {
            PeerGenerator.writeJson(30_000, 3, out);
        }
        assertThat(SplitItemsRead.worthIt(Files.size(file))).isTrue();
        long joins = SplitItemsRead.JOINS.get();
        ItemStore split = VisItemsReader.read(file);
        assertThat(SplitItemsRead.JOINS.get()).isEqualTo(joins + 1);
        ItemStore one = VisItemsReader.read("x", Files.newInputStream(file), 16);
        assertThat(dump(split)).isEqualTo(dump(one));
    }

    @Test
    void aBoundaryGuessedInsideAStringIsNotTrusted() throws Exception {
        // every title holds "},{": the byte scan lands inside a string, the head must notice
        StringBuilder sb = new StringBuilder("{\"groups\":[{\"id\":\"a\",\"content\":\"A\"}],\"items\":[");
        for (int i = 0; i < 400; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("{\"content\":\"x},{\\\"id\\\":")
                    .append(i)
                    .append("},{y\",\"id\":")
                    .append(i)
                    .append(",\"group\":\"a\",\"start\":")
                    .append(1000 + i)
                    .append('}');
        }
        sb.append("]}");
        assertSameAsOneReader(sb.toString());
    }

    @Test
    void anErrorInTheTailHalfIsReportedWhereOneReaderReportsIt() {
        StringBuilder sb = new StringBuilder("{\"items\":[\n");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",\n")
                    .append("{\"id\":")
                    .append(i)
                    .append(",\"group\":\"g\",\"start\":")
                    .append(i == 250 ? "\"soon\"" : String.valueOf(1000 + i))
                    .append(",\"content\":\"t")
                    .append(i)
                    .append("\"}");
        }
        sb.append("]}");
        String json = sb.toString();
        String expected = message(() -> VisItemsReader.read("f.json", stream(json), 16));
        assertThat(expected).startsWith("f.json:252:"); // item 250, below the opening line
        assertThat(message(() -> SplitItemsRead.read("f.json", buffer(json)))).isEqualTo(expected);
    }

    @Test
    void itemsWithoutIdsInTheTailAreNumberedAsOneReaderNumbersThem() throws Exception {
        StringBuilder sb = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 300; i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("{")
                    .append(i % 7 == 0 ? "" : "\"id\":\"k" + i + "\",")
                    .append("\"group\":\"g\",\"start\":")
                    .append(5000 - i)
                    .append("}");
        }
        sb.append("]}");
        assertSameAsOneReader(sb.toString());
    }

    /** Random files: ids of both kinds or none, groups met late or listed after the items, nested fields, odd spacing. */
    @Property(tries = 60)
    void anyFileReadsTheSameInTwoHalves(
            @ForAll @IntRange(min = 1, max = 600) int n,
            @ForAll @Size(max = 64) List<@LongRange(min = 0, max = 1 << 20) Long> choices)
            throws Exception {
        assertSameAsOneReader(randomFile(n, new DrawnChoices(choices)));
    }

    @Test
    void mostRandomFilesWithIdsAreReallyReadInTwoHalves() throws Exception {
        Random r = new Random(5);
        long joins = SplitItemsRead.JOINS.get();
        for (int i = 0; i < 100; i++) {
            assertSameAsOneReader(randomFile(200 + r.nextInt(400), r, true));
        }
        // the rest guessed a boundary inside a title or a nested field and fell back, as they must
        assertThat(SplitItemsRead.JOINS.get() - joins).isGreaterThan(50);
    }

    static String randomFile(int n, RandomGenerator r) {
        return randomFile(n, r, false);
    }

    static String randomFile(int n, RandomGenerator r, boolean allIds) {
        String[] space = {"", " ", "\n", "\n  ", "\r\n\t"};
        String sp = space[r.nextInt(space.length)];
        List<String> groups = new ArrayList<>();
        for (int g = 0; g < 1 + r.nextInt(6); g++) {
            groups.add("g" + g);
        }
        StringBuilder groupsJson = new StringBuilder("\"groups\":[");
        for (int g = 0; g < groups.size(); g++) {
            groupsJson
                    .append(g == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(groups.get(g))
                    .append("\",\"content\":\"Lane ")
                    .append(g)
                    .append("\"}");
        }
        groupsJson.append("]");
        boolean groupsFirst = r.nextBoolean();
        StringBuilder sb = new StringBuilder("{").append(sp);
        if (groupsFirst) {
            sb.append(groupsJson).append(',').append(sp);
        }
        sb.append("\"items\":[").append(sp);
        String[] titles = {"Strike", "x},{y", "é – ü", "quote \\\" here", "}, {", "{\\\"a\\\":1}"};
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : "," + sp).append('{');
            int idKind = r.nextInt(allIds ? 9 : 10);
            if (idKind < 5) {
                sb.append("\"id\":").append(i).append(',');
            } else if (idKind < 9) {
                sb.append("\"id\":\"s").append(i).append("\",");
            }
            if (r.nextInt(5) > 0) {
                sb.append("\"group\":\"")
                        .append(groups.get(r.nextInt(groups.size())))
                        .append(r.nextInt(30) == 0 ? "late" : "")
                        .append("\",");
            }
            if (r.nextInt(8) == 0) {
                sb.append("\"style\":[{\"a\":1},{\"b\":[{},{}]}],");
            }
            long start = 1_300_000_000_000L + r.nextInt(1_000_000_000);
            boolean range = r.nextBoolean();
            sb.append("\"type\":\"")
                    .append(range ? "range" : "point")
                    .append("\",\"start\":")
                    .append(start);
            if (range) {
                sb.append(",\"end\":").append(start + r.nextInt(86_400_000));
            }
            if (r.nextInt(6) > 0) {
                sb.append(",\"content\":\"")
                        .append(titles[r.nextInt(titles.length)])
                        .append(' ')
                        .append(i)
                        .append('"');
            }
            sb.append('}');
        }
        sb.append(sp).append(']');
        if (!groupsFirst) {
            sb.append(',').append(sp).append(groupsJson);
        }
        return sb.append(sp).append('}').toString();
    }

    private static void assertSameAsOneReader(String json) throws Exception {
        ItemStore one = VisItemsReader.read("f.json", stream(json), 16);
        ItemStore two = SplitItemsRead.read("f.json", buffer(json));
        assertThat(dump(two)).isEqualTo(dump(one));
    }

    static List<String> dump(ItemStore s) {
        List<String> out = new ArrayList<>();
        for (int l = 0; l < s.laneCount(); l++) {
            out.add("lane " + s.lane(l).id() + " " + s.lane(l).label() + " "
                    + s.lane(l).color());
        }
        out.add("kinds " + s.kindIds());
        for (int row = 0; row < s.size(); row++) {
            out.add(s.laneOf(row) + " " + s.start(row) + " " + s.end(row) + " " + s.flags(row) + " " + s.kindId(row)
                    + " " + s.title(row) + " " + s.id(row));
        }
        return out;
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteBuffer buffer(String json) {
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }

    private interface Read {
        ItemStore run() throws Exception;
    }

    private static String message(Read read) {
        try {
            read.run();
        } catch (DatasetLoadException e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    @Test
    void aCancelledReadStopsWithinAFewThousandItems() throws Exception {
        StringWriter w = new StringWriter();
        PeerGenerator.writeJson(60_000, 5, w);
        byte[] bytes = w.toString().getBytes(StandardCharsets.UTF_8);
        Thread.currentThread().interrupt(); // what Task.cancel() does to the loading thread
        try {
            assertThatThrownBy(() -> VisItemsReader.read("big.json", bytes))
                    .isInstanceOf(java.util.concurrent.CancellationException.class)
                    .hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
        assertThat(VisItemsReader.read("big.json", bytes).size())
                .as("read again, not cancelled")
                .isEqualTo(60_000);
    }

    @Test
    void theHelperMessageReaderSeesErrors() {
        assertThatThrownBy(() -> SplitItemsRead.read("f.json", buffer("{\"items\":[{\"id\":1}]}")))
                .hasMessageContaining("has no \"start\"");
    }
}
