package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;

/** A shortened label on the timeline says something, or is left out: never "A…" or a bare "…". */
class LabelsTest {
    private final CountingSurface surface = new CountingSurface();

    @Property
    void aShortenedLabelKeepsAtLeastFourCharactersAndFits(
            @ForAll("titles") String title, @ForAll @DoubleRange(min = 0, max = 400) double room) {
        String label = Labels.fitOrNothing(surface, title, room, 4);

        if (label.equals(title)) {
            assertThat(surface.textWidth(title)).isLessThanOrEqualTo(room);
        } else if (!label.isEmpty()) {
            assertThat(label).endsWith("\u2026");
            assertThat(label.codePointCount(0, label.length()) - 1).isGreaterThanOrEqualTo(4);
            assertThat(surface.textWidth(label)).isLessThanOrEqualTo(room);
            assertThat(Character.isHighSurrogate(label.charAt(label.length() - 2)))
                    .as("a character cut in half")
                    .isFalse();
        }
    }

    /** Titles mixing Latin, spaces, Arabic, CJK and characters outside the BMP (two UTF-16 units each). */
    @Provide
    Arbitrary<String> titles() {
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.integers().between('a', 'z')),
                Tuple.of(1, Arbitraries.of((int) ' ')),
                Tuple.of(2, Arbitraries.integers().between(0x0627, 0x064A)),
                Tuple.of(2, Arbitraries.integers().between(0x4E00, 0x4EFF)),
                Tuple.of(3, Arbitraries.integers().between(0x1F600, 0x1F64F)));
        return codePoint
                .list()
                .ofMinSize(1)
                .ofMaxSize(40)
                .map(cps -> new String(cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    @Property
    void aShortenedLabelEndsAfterAWholeWord(
            @ForAll("sentences") String title, @ForAll @DoubleRange(min = 0, max = 400) double room) {
        String label = Labels.fitOrNothing(surface, title, room, 4);

        if (!label.isEmpty() && !label.equals(title)) {
            String kept = label.substring(0, label.length() - 1);
            assertThat(title).startsWith(kept);
            assertThat(Character.isLetter(title.charAt(kept.length())))
                    .as("\"%s\" cuts a word of \"%s\"", label, title)
                    .isFalse();
        }
    }

    @Property
    void aLabelWithRoomForItsFirstWordIsNotDropped(@ForAll("sentences") String title) {
        String first = title.split(" ")[0].replaceAll("[^A-Za-z]+$", "");
        Assume.that(first.length() >= 4 && title.indexOf(' ') > 0);
        double room = surface.textWidth(first + "\u2026") + 0.5;

        assertThat(Labels.fitOrNothing(surface, title, room, 4)).isEqualTo(first + "\u2026");
    }

    /** Words of Latin letters (some ending in punctuation) separated by single spaces, like most titles. */
    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.strings()
                .withCharRange('a', 'z')
                .withCharRange('A', 'Z')
                .ofMinLength(1)
                .ofMaxLength(12)
                .flatMap(w -> Arbitraries.of("", ":", ",", "'").map(p -> w + p));
        return word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
    }
}
