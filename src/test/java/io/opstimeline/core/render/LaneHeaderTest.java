package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lane names in the gutter, as a reader tells the lanes apart: whole words, never two lanes alike. */
class LaneHeaderTest {
    /** About the bold 12 px label font: 7.4 px a character. */
    private static final ToDoubleFunction<String> WIDTH = t -> t.length() * 7.4;

    private static final double ROOM = TimelinePainter.GUTTER - 30;

    @ParameterizedTest
    @CsvSource({
        "United Kingdom, 34, United Kingdom",
        "United States, 34, United States",
        "United Arab Emirates, 34, United Arab Emirates",
        "Strike report, 34, Strike report",
        "Strike report, 0, Strike report",
        "Ground event, 40, Ground event",
    })
    void shouldShowTheWholeNameBesideItsCountOnOneOrTwoLines(String name, double badge, String expected) {
        // given / when
        LaneHeader h = LaneHeader.fit(name, WIDTH, ROOM, badge);

        // then
        assertThat(String.join(" ", h.lines())).isEqualTo(expected);
        for (int i = 0; i < h.lines().size(); i++) {
            double room = i == h.badgeOnLine() ? ROOM - badge : ROOM;
            assertThat(WIDTH.applyAsDouble(h.lines().get(i)))
                    .as("line %d fits", i)
                    .isLessThanOrEqualTo(room);
        }
    }

    @ParameterizedTest
    @CsvSource({"Supercalifragilisticexpialidocious, 34", "Supercalifragilisticexpialidocious lane, 0"})
    void shouldCutOnlyAWordTooLongForTheGutter(String name, double badge) {
        LaneHeader h = LaneHeader.fit(name, WIDTH, ROOM, badge);

        assertThat(h.lines().get(0)).endsWith("\u2026");
        assertThat(WIDTH.applyAsDouble(h.lines().get(0))).isLessThanOrEqualTo(ROOM);
    }
}
