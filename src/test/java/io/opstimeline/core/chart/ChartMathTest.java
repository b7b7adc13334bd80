package io.opstimeline.core.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.model.DateBasis;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ChartMathTest {
    private static SeriesPoint p(String date, Double v, boolean approx) {
        return new SeriesPoint(DateParser.parse(date, ZoneOffset.UTC), v, approx, DateBasis.EXACT, "s");
    }

    @Test
    void shouldBinInstantsIntoEqualWidthBinsIncludingTheEnd() {
        int[] counts = DensityHistogram.bin(new long[] {0, 5, 9, 10, 99, 100, 101, -1}, 0, 100, 10);

        assertThat(counts).containsExactly(3, 1, 0, 0, 0, 0, 0, 0, 0, 2);
    }

    @Property
    void binsCountEveryInstantInRangeExactlyOnce(
            @ForAll @Size(max = 200) List<@LongRange(min = 0, max = 1000) Long> times,
            @ForAll @IntRange(min = 1, max = 64) int bins) {
        long[] t = times.stream().mapToLong(Long::longValue).toArray();

        assertThat(Arrays.stream(DensityHistogram.bin(t, 0, 1000, bins)).sum()).isEqualTo(t.length);
    }

    @Test
    void shouldTurnCumulativeReportsIntoAPerDayRateAndKeepGaps() {
        Series s = new Series(
                "x",
                "X",
                "sorties",
                true,
                List.of(
                        p("2011-04-01", 100.0, false),
                        p("2011-04-11", 300.0, false),
                        p("2011-04-15", null, false),
                        p("2011-04-20", 500.0, false),
                        p("2011-04-22", 600.0, true)));

        List<SeriesPoint> daily = SeriesMath.dailyIncrements(s);

        assertThat(daily).extracting(SeriesPoint::value).containsExactly(20.0, null, 200.0 / 9, 50.0);
        assertThat(daily.get(3).approximate()).isTrue();
        assertThat(daily.get(0).date().display()).isEqualTo("11 Apr 2011");
    }

    @Test
    void shouldPickStepsAReaderCanAddUp() {
        assertThat(SeriesPainter.niceStep(6625)).isEqualTo(10000);
        assertThat(SeriesPainter.niceStep(2400)).isEqualTo(5000);
        assertThat(SeriesPainter.niceStep(0.3)).isEqualTo(0.5);
    }
}
