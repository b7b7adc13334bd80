package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** A shortened label on the timeline says something, or is left out: never "A…" or a bare "…". */
class LabelsTest {
    private final CountingSurface surface = new CountingSurface();

    @Property
    void aShortenedLabelKeepsAtLeastFourCharactersAndFits(@ForAll("titles") String title,
            @ForAll @DoubleRange(min = 0, max = 400) double room) {
        String label = Labels.fitOrNothing(surface, title, room, 4);

        if (label.equals(title)) {
            assertThat(surface.textWidth(title)).isLessThanOrEqualTo(room);
        } else if (!label.isEmpty()) {
            assertThat(label).endsWith("\u2026");
            assertThat(label.codePointCount(0, label.length()) - 1).isGreaterThanOrEqualTo(4);
            assertThat(surface.textWidth(label)).isLessThanOrEqualTo(room);
            assertThat(Character.isHighSurrogate(label.charAt(label.length() - 2))).as("a character cut in half").isFalse();
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
        return codePoint.list().ofMinSize(1).ofMaxSize(40).map(cps -> new String(
                cps.stream().mapToInt(Integer::intValue).toArray(), 0, cps.size()));
    }

    @Property
    void aLabelWithRoomForFourCharactersIsNotDropped(
            @ForAll @StringLength(min = 8, max = 60) @AlphaChars @NumericChars @Chars({'\u4e2d', '\u0627'}) String title) {
        Assume.that(title.codePointCount(0, title.length()) >= 6);
        double room = surface.textWidth(title.substring(0, title.offsetByCodePoints(0, 5)) + "\u2026") + 0.5;

        assertThat(Labels.fitOrNothing(surface, title, room, 4)).isNotEmpty();
    }
}
