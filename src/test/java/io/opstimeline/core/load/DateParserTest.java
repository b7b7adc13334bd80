package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.model.DatePrecision;
import io.opstimeline.core.model.TimeSpec;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest
    @CsvSource({
        "2011, YEAR, 2011-01-01T00:00:00Z, 2012-01-01T00:00:00Z",
        "2011-08, MONTH, 2011-08-01T00:00:00Z, 2011-09-01T00:00:00Z",
        "2011-02-28, DAY, 2011-02-28T00:00:00Z, 2011-03-01T00:00:00Z",
        "2011-08-21T14:30Z, MINUTE, 2011-08-21T14:30:00Z, 2011-08-21T14:30:00Z",
        "2011-08-21T14:30+02:00, MINUTE, 2011-08-21T12:30:00Z, 2011-08-21T12:30:00Z",
    })
    void shouldTakePrecisionFromHowMuchIsWritten(String text, DatePrecision precision, String start, String periodEnd) {
        TimeSpec t = DateParser.parse(text, ZoneOffset.UTC);

        assertThat(t.precision()).isEqualTo(precision);
        assertThat(t.instant()).hasToString(start);
        assertThat(t.periodEnd()).hasToString(periodEnd);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2011-02-29|2011 is not a leap year, so there is no 29 February",
                "2011-13|there is no month 13; months run from 01 to 12",
                "2011-04-31|there is no 31 April that year",
                "2011-01-01T24:00|there is no hour 24; hours run from 00 to 23",
                "2011-01-01T10:00+19:00|an offset must be between -18:00 and +18:00",
                "0000|year 0000 does not exist",
                "-0044-03-15|expected a date like",
                "15/03/2011|expected a date like",
            })
    void shouldExplainImpossibleDates(String text, String message) {
        assertThatThrownBy(() -> DateParser.parse(text, ZoneOffset.UTC)).hasMessageContaining(message);
    }

    @org.junit.jupiter.api.Test
    void shouldReadDatesWithoutOffsetInTheDatasetZone() {
        TimeSpec t = DateParser.parse("2011-08-21T14:30", ZoneId.of("Europe/Brussels"));

        assertThat(t.instant()).hasToString("2011-08-21T12:30:00Z");
        assertThat(t.display()).isEqualTo("21 Aug 2011 14:30 Europe/Brussels");
    }
}
