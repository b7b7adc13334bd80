package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** On a 4K-wide timeline a long title with empty lane beside it is drawn whole, not cut at 260 px. */
class WideTimelineLabelsTest {
    private static final String TITLE = "Rebel military commander Abdel-Fattah Younis killed"; // 51 chars, 357 px

    @ParameterizedTest
    @CsvSource({"3840, true", "2560, true", "1280, false"})
    void aLongTitleIsWholeWhereTheTimelineIsWideEnough(int width, boolean whole) {
        ItemStoreBuilder b =
                new ItemStoreBuilder(List.of(new LaneInfo("g", "Lane", Rgb.parse("#336699"))), List.of("g"), 2);
        b.add(0, 0, 10_000L, 10_000L, 0, TITLE, "r1");
        ItemStore store = b.build();
        TimelinePainterTest.Recorder r = new TimelinePainterTest.Recorder();

        new TimelinePainter()
                .paint(
                        r,
                        new Frame(
                                store,
                                new TimeWindow(0, 100_000L),
                                width,
                                600,
                                ZoneId.of("UTC"),
                                null,
                                Theme.LIGHT,
                                null,
                                null));

        List<String> drawn =
                r.texts.stream().map(TimelinePainterTest.Recorder.Text::text).toList();
        if (whole) {
            assertThat(drawn).contains(TITLE);
        } else {
            assertThat(drawn)
                    .doesNotContain(TITLE)
                    .anyMatch(t -> t.endsWith("\u2026") && TITLE.startsWith(t.substring(0, t.length() - 1)));
        }
    }
}
