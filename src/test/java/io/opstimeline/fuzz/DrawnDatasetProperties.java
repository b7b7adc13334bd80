package io.opstimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 16.2: what {@code validate} accepts, the timeline and the export can draw. Datasets near the
 * limits that drawing needs (up to 140 kinds and 130 nations, titles up to 3,000 characters with
 * runs of combining marks, dates from year 1 to 9999 with offsets) are either refused with a
 * position or drawn without an exception, through the painters and the real Java2D text shaper.
 */
class DrawnDatasetProperties {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetLoader LOADER = new DatasetLoader();

    record Spec(int kinds, int nations, List<String> titles, List<String> dates, String title) {}

    @Property(tries = 60)
    void whatTheLoaderAcceptsDraws(@ForAll("datasets") Spec spec) throws Exception {
        byte[] bytes = JSON.writeValueAsBytes(document(spec));
        Dataset d;
        try {
            d = LOADER.load("generated.json", bytes);
        } catch (DatasetLoadException refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
            return;
        }
        LoadedDatasetDraws.drawEverything(d, true);
    }

    private static ObjectNode document(Spec spec) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", "ops-timeline/1");
        root.put("title", spec.title());
        ArrayNode kinds = root.putArray("kinds");
        for (int k = 0; k < spec.kinds(); k++) {
            kinds.addObject().put("id", "k" + k).put("label", "Kind " + k);
        }
        ArrayNode nations = root.putArray("nations");
        for (int n = 0; n < spec.nations(); n++) {
            nations.addObject().put("id", "n" + n).put("name", "Nation " + n).put("status", "member");
        }
        ArrayNode events = root.putArray("events");
        for (int i = 0; i < spec.titles().size(); i++) {
            ObjectNode e = events.addObject();
            e.put("id", "e" + i);
            // kinds beyond the declared ones are made up by events, as a file may do
            e.put("kind", "k" + (i * 7 % Math.max(1, spec.kinds() + 3)));
            e.put("title", spec.titles().get(i));
            e.put("start", spec.dates().get(i % spec.dates().size()));
            if (spec.nations() > 0) {
                e.putArray("nations").add("n" + i % spec.nations());
            }
        }
        return root;
    }

    @Provide
    Arbitrary<Spec> datasets() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.strings().ofMinLength(1).ofMaxLength(40)),
                net.jqwik.api.Tuple.of(2, zalgo()),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.strings()
                                .withChars('W', ' ', '\u4e2d')
                                .ofMinLength(1900)
                                .ofMaxLength(3000)));
        Arbitrary<String> date = Combinators.combine(
                        Arbitraries.integers().between(1, 9999),
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.integers().between(1, 28),
                        Arbitraries.of("", "T00:00Z", "T23:59+18:00", "T12:30-18:00"))
                .as((y, m, d, t) -> String.format("%04d-%02d-%02d%s", y, m, d, t));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 140),
                        Arbitraries.integers().between(0, 130),
                        text.list().ofMinSize(1).ofMaxSize(40),
                        date.list().ofMinSize(1).ofMaxSize(5),
                        text)
                .as(Spec::new);
    }

    /** A letter under a pile of combining marks, around the limit the loader keeps (64 on one letter). */
    private static Arbitrary<String> zalgo() {
        return Combinators.combine(
                        Arbitraries.chars().range('a', 'z'),
                        Arbitraries.chars().range('\u0300', '\u036f'),
                        Arbitraries.integers().between(1, 200))
                .as((c, mark, n) -> c + String.valueOf(mark).repeat(n));
    }
}
