package io.opstimeline.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VisItemsReaderTest {
    @TempDir
    Path tmp;

    static ItemStore read(String json) throws DatasetLoadException {
        return VisItemsReader.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), 4);
    }

    @Test
    void readsIsoDatesStringIdsAndItemsBeforeGroups() throws Exception {
        ItemStore s =
                read("{\"items\":[{\"id\":\"a\",\"group\":\"g2\",\"start\":\"2011-03-19\",\"content\":\"Strike\"},"
                        + "{\"id\":\"b\",\"group\":\"g1\",\"start\":\"2011-03-20T10:00:00Z\",\"end\":\"2011-03-21T10:00:00+02:00\","
                        + "\"type\":\"range\",\"content\":\"Patrol\"}],"
                        + "\"groups\":[{\"id\":\"g1\",\"content\":\"Air\"},{\"id\":\"g2\",\"content\":\"Sea\"}]}");
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.lanes()).extracting(l -> l.id()).containsExactly("g2", "g1");
        assertThat(s.lane(0).label()).isEqualTo("Sea");
        int a = s.id(0).equals("a") ? 0 : 1;
        assertThat(s.start(a))
                .isEqualTo(java.time.Instant.parse("2011-03-19T00:00:00Z").toEpochMilli());
        int b = 1 - a;
        assertThat(s.is(b, ItemStore.RANGE)).isTrue();
        assertThat(s.end(b))
                .isEqualTo(java.time.Instant.parse("2011-03-21T08:00:00Z").toEpochMilli());
        assertThat(s.title(b)).isEqualTo("Patrol");
    }

    @Test
    void badInputGivesFileLineColumnAndAMessage() {
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\n\"start\":\"soon\"}]}"))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageStartingWith("t.json:2:")
                .hasMessageContaining("\"soon\" is not a date");
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\"content\":\"x\"}]}"))
                .hasMessageContaining("has no \"start\"");
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\"start\":5,\"end\":2}]}"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\"start\":5"))
                .hasMessageStartingWith("t.json:1:")
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("expected an object");
    }

    @Test
    void onlyRangeAndBackgroundItemsSpanTimeAsInVisTimeline() throws Exception {
        // vis-timeline's types: box and point are instants, range and background span time
        String[] types = {"range", "background", "box", "point", "rover", "Range", "backgrounds"};
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < types.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"id\":\"")
                    .append(types[i])
                    .append("\",\"start\":5,\"end\":9,\"type\":\"")
                    .append(types[i])
                    .append("\"}");
        }
        ItemStore s = read(json.append("]}").toString());

        java.util.List<String> spanning = new java.util.ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            if (s.is(r, ItemStore.RANGE)) {
                spanning.add(s.id(r));
            }
        }
        assertThat(spanning).containsExactlyInAnyOrder("range", "background");
    }

    @Test
    void aDateThatDoesNotExistIsRefusedWithOurReason() {
        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\"start\":\"2011-02-29T10:00Z\"}]}"))
                .hasMessage("t.json:1:27: start \"2011-02-29T10:00Z\" is not a real date: 2011 is not a leap year, "
                        + "so there is no 29 February");
    }

    @Test
    void tellsItemsFilesFromDatasets() throws Exception {
        Path items = tmp.resolve("items.json");
        Files.writeString(items, "{\"groups\":[],\"items\":[]}");
        Path dataset = tmp.resolve("d.json");
        Files.writeString(dataset, "{\"format\":\"ops-timeline/1\",\"events\":[]}");
        assertThat(VisItemsReader.looksLikeVisItems(items)).isTrue();
        assertThat(VisItemsReader.looksLikeVisItems(dataset)).isFalse();
        assertThat(VisItemsReader.looksLikeVisItems(tmp.resolve("missing.json")))
                .isFalse();
    }

    @Test
    void anItemTitleNoShaperCanDrawIsRefusedAtItsPosition() {
        // 65,600 combining marks on one letter end the JVM in the text shaper when drawn; 100 are refused too
        String zalgo = "a" + "\u0301".repeat(100);

        assertThatThrownBy(() -> read("{\"items\":[{\"id\":1,\"start\":0,\n\"content\":\"" + zalgo + "\"}]}"))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("t.json:2:")
                .hasMessageContaining("item content is a run of more than 64 combining marks");
        assertThatThrownBy(() -> read("{\"groups\":[{\"id\":\"g\",\"content\":\"" + zalgo + "\"}],\"items\":[]}"))
                .hasMessageContaining("group content is a run of more than 64 combining marks");
        assertThatThrownBy(() ->
                        read("{\"items\":[{\"id\":1,\"start\":0,\"content\":\"a" + "\u0301".repeat(65_600) + "\"}]}"))
                .hasMessageContaining("item content is longer than 2000 characters");
    }
}
