package io.opstimeline.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.NoDrawing;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The chart's legend names every series whatever the chart's width, and nothing in it runs past the chart. */
class SeriesLegendTest {
    @Property
    void everySeriesIsNamedAndNoLegendTextRunsPastTheChart(
            @ForAll @Size(min = 1, max = 5) List<@StringLength(min = 1, max = 50) @AlphaChars String> names,
            @ForAll @DoubleRange(min = 200, max = 2400) double width) {
        List<SeriesPainter.Line> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add(new SeriesPainter.Line("s" + i, names.get(i), SeriesPainter.COLORS[i], List.of()));
        }
        TextRecorder surface = new TextRecorder();
        double x0 = 100;

        new SeriesPainter()
                .paint(surface, Theme.LIGHT, new TimeWindow(0, 86_400_000L), lines, "sorties", x0, width, 0, 140);

        List<String> drawn = surface.texts.stream().map(TextRecorder.Text::text).toList();
        for (String name : names) {
            boolean widerThanARow = 18 + surface.width(name, FontSpec.SMALL) > width - 12;
            assertThat(drawn)
                    .as("the series \"%s\" is named", name)
                    .anyMatch(t -> t.equals(name)
                            || widerThanARow
                                    && t.endsWith("\u2026")
                                    && name.startsWith(t.substring(0, t.length() - 1)));
        }
        for (TextRecorder.Text t : surface.texts) {
            if (t.x() >= x0) {
                assertThat(t.x() + surface.width(t.text(), t.font()))
                        .as("\"%s\" at %.0f", t.text(), t.x())
                        .isLessThanOrEqualTo(x0 + width + 0.5);
            }
        }
    }

    /** Remembers each text drawn; text measures 0.6 em a character. */
    private static final class TextRecorder extends NoDrawing {
        record Text(String text, double x, double y, FontSpec font) {}

        final List<Text> texts = new ArrayList<>();
        private FontSpec font = FontSpec.LABEL;

        @Override
        public void setFont(FontSpec f) {
            font = f;
        }

        @Override
        public void setFill(Rgb color, double alpha) {}

        @Override
        public void fillText(String text, double x, double baselineY) {
            texts.add(new Text(text, x, baselineY, font));
        }

        @Override
        public double textWidth(String text) {
            return width(text, font);
        }

        double width(String text, FontSpec f) {
            return text.length() * f.size() * 0.6;
        }
    }
}
