package io.opstimeline.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.filter.TextFold;
import io.opstimeline.core.model.Rgb;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An items file's search (bytes scanned in place, ASCII texts without making a string) finds
 * exactly what folding every title and id and looking for the folded search finds: the same
 * meaning of "ignoring case" as a dataset's search ({@link TextFold}).
 */
class RowFiltersFoldingProperties {
    /** Letters whose case folding is easy to get wrong, beside plain ASCII. */
    private static final String LETTERS = "aAeEsSkK \u00e9\u00c9\u00df\u1e9e\u03c3\u03c2\u03a3\u212a\u0301\u0130i";

    /** Strings of those letters, built as lists of letters so that a failure shrinks letter by letter. */
    private static Arbitrary<String> text(int min, int max) {
        List<String> letters =
                LETTERS.chars().mapToObj(c -> String.valueOf((char) c)).toList();
        return Arbitraries.of(letters).list().ofMinSize(min).ofMaxSize(max).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<List<String>> titles() {
        return text(0, 10).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> needles() {
        return text(1, 3);
    }

    @Property
    void findsWhatFoldingTitlesAndIdsFinds(@ForAll("titles") List<String> titles, @ForAll("needles") String needle) {
        ItemStoreBuilder b = new ItemStoreBuilder(
                List.of(new LaneInfo("g", "G", Rgb.parse("#000000"))), List.of("g"), titles.size());
        for (int i = 0; i < titles.size(); i++) {
            b.add(0, b.kindIndex("g"), i * 1000L, i * 1000L, 0, titles.get(i), "Id" + i);
        }
        ItemStore store = b.build();
        String folded = TextFold.fold(needle);
        BitSet expected = new BitSet();
        for (int r = 0; r < store.size(); r++) {
            if (TextFold.fold(store.title(r)).contains(folded)
                    || TextFold.fold(store.id(r)).contains(folded)) {
                expected.set(r);
            }
        }

        assertThat(RowFilters.byText(store, needle)).isEqualTo(expected);
    }
}
