package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.model.Rgb;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Label widths decide which labels fit and where records stack; they are kept per row once
 * measured, so a wrong kept width would misplace labels frame after frame.
 */
class LabelMeasureTest {
    /** Every character is as wide as its code point / 10: widths that tell titles apart. */
    private static final class Advances extends NoDrawing {
        int measured;

        @Override
        public void setFont(FontSpec font) {}

        @Override
        public double textWidth(String text) {
            measured++;
            return text.codePoints().sum() / 10.0;
        }
    }

    private static ItemStore store(String... titles) {
        ItemStoreBuilder b =
                new ItemStoreBuilder(List.of(new LaneInfo("g", "Lane", Rgb.parse("#336699"))), List.of("g"), 16);
        for (int i = 0; i < titles.length; i++) {
            b.add(0, 0, i * 1000L, i * 1000L, 0, titles[i], "id" + i);
        }
        return b.build();
    }

    private static int row(ItemStore s, String title) {
        for (int r = 0; r < s.size(); r++) {
            if (s.title(r).equals(title)) {
                return r;
            }
        }
        throw new AssertionError(title);
    }

    @Test
    void asciiTitlesAreTheSumOfTheirCharactersAndCappedByTheCallersMaximum() {
        Advances surface = new Advances();
        LabelMeasure m = new LabelMeasure();
        m.use(surface, FontSpec.LABEL);
        ItemStore s = store("AB", "Strikes 1234");
        assertThat(m.width(s, row(s, "AB"), 500))
                .isCloseTo(surface.textWidth("AB"), org.assertj.core.data.Offset.offset(1e-3));
        double full = surface.textWidth("Strikes 1234");
        assertThat(m.width(s, row(s, "Strikes 1234"), 500)).isCloseTo(full, org.assertj.core.data.Offset.offset(1e-3));
        assertThat(m.width(s, row(s, "Strikes 1234"), 20)).isEqualTo(20);
        // asked again with room to spare, the kept width is the whole width, not the capped one
        assertThat(m.width(s, row(s, "Strikes 1234"), 500)).isCloseTo(full, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void aWidthIsMeasuredOnceAndNotReusedForAnotherStoresRow() {
        Advances surface = new Advances();
        LabelMeasure m = new LabelMeasure();
        m.use(surface, FontSpec.LABEL);
        ItemStore first = store("Zürich talks"); // not ASCII: measured by the surface
        int before = surface.measured;
        double w = m.width(first, 0, 500);
        m.width(first, 0, 500);
        assertThat(surface.measured - before).isEqualTo(1);
        assertThat(w).isCloseTo(surface.textWidth("Zürich talks"), org.assertj.core.data.Offset.offset(1e-3));

        ItemStore second = store("a"); // same row number, another store (e.g. a filter's)
        assertThat(m.width(second, 0, 500))
                .isCloseTo(surface.textWidth("a"), org.assertj.core.data.Offset.offset(1e-3));
    }
}
