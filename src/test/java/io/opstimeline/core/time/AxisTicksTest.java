package io.opstimeline.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisTicksTest {
    private static long t(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    @ParameterizedTest(name = "{0} .. {1} over {2}px -> {3}")
    @CsvSource({
        "1950-01-01T00:00:00Z, 2050-01-01T00:00:00Z, 1600, YEAR_5",
        "2011-01-01T00:00:00Z, 2021-01-01T00:00:00Z, 1600, MONTH_6",
        "2011-03-01T00:00:00Z, 2011-12-01T00:00:00Z, 1600, MONTH_1",
        "2011-03-01T00:00:00Z, 2011-12-01T00:00:00Z, 6000, DAY_7",
        "2011-08-20T00:00:00Z, 2011-08-27T00:00:00Z, 1600, HOUR_12",
        "2011-08-21T00:00:00Z, 2011-08-22T00:00:00Z, 1600, HOUR_1",
        "2011-08-21T14:00:00Z, 2011-08-21T15:00:00Z, 1600, MINUTE_5",
    })
    void shouldAdaptTheUnitFromYearsToMinutes(String from, String to, double width, TickUnit expected) {
        assertThat(AxisTicks.chooseUnit(new TimeWindow(t(from), t(to)), width, 60))
                .isEqualTo(expected);
    }

    @Test
    void shouldLabelMonthsWithYearsAsMajorTicks() {
        AxisTicks.Axis axis = AxisTicks.compute(
                new TimeWindow(t("2010-11-15T00:00:00Z"), t("2011-03-15T00:00:00Z")),
                400,
                60,
                ZoneOffset.UTC,
                Locale.ENGLISH);

        assertThat(axis.unit()).isEqualTo(TickUnit.MONTH_1);
        assertThat(axis.minor()).extracting(AxisTicks.Tick::label).containsExactly("Nov", "Dec", "Jan", "Feb", "Mar");
        assertThat(axis.major()).extracting(AxisTicks.Tick::label).containsExactly("2010", "2011");
    }

    @Test
    void shouldPlaceHourTicksOnTheDisplayZonesClock() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        AxisTicks.Axis axis = AxisTicks.compute(
                new TimeWindow(t("2011-08-21T00:00:00Z"), t("2011-08-21T12:00:00Z")),
                1200,
                60,
                brussels,
                Locale.ENGLISH);

        assertThat(axis.unit()).isEqualTo(TickUnit.HOUR_1);
        assertThat(axis.minor().get(0).label()).isEqualTo("02:00");
        assertThat(axis.minor().get(0).time()).isEqualTo(t("2011-08-21T00:00:00Z"));
    }

    @Test
    void shouldRestartDayStepsOnTheFirstOfEachMonth() {
        AxisTicks.Axis axis = AxisTicks.compute(
                new TimeWindow(t("2011-03-01T00:00:00Z"), t("2011-04-20T00:00:00Z")),
                800,
                60,
                ZoneOffset.UTC,
                Locale.ENGLISH);

        assertThat(axis.unit()).isEqualTo(TickUnit.DAY_7);
        assertThat(axis.minor())
                .extracting(AxisTicks.Tick::label)
                .containsExactly("1", "8", "15", "22", "29", "1", "8", "15");
    }
}
