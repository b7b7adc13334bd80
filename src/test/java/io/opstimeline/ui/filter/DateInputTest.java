package io.opstimeline.ui.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.ui.filter.DateInput.End;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {
    private final DateInput us = new DateInput(Locale.US);
    private final DateInput uk = new DateInput(Locale.UK);

    @ParameterizedTest
    @CsvSource({
        "2011-04-01, FROM, 2011-04-01",
        "' 2011-04-01 ', TO, 2011-04-01",
        "2011-04, FROM, 2011-04-01",
        "2011-04, TO, 2011-04-30",
        "2011, TO, 2011-12-31",
        "2011-04-01T12:00Z, TO, 2011-04-01",
        "4/1/2011, FROM, 2011-04-01",
        "4/1/11, FROM, 2011-04-01",
    })
    void shouldReadIsoAndTheUsShortForm(String typed, End end, String day) {
        DateInput.Result r = us.read(typed, end, ZoneOffset.UTC);

        assertThat(r.error()).isNull();
        assertThat(r.day()).isEqualTo(LocalDate.parse(day));
    }

    @Test
    void shouldReadTheUkShortFormDayFirst() {
        assertThat(uk.read("01/04/2011", End.FROM, ZoneOffset.UTC).day()).isEqualTo(LocalDate.of(2011, 4, 1));
    }

    @Test
    void shouldTakeATimeAsItsDayInTheShownZone() {
        // 23:30 UTC on 31 Mar is already 1 Apr in Tripoli (UTC+2)
        assertThat(us.read("2011-03-31T23:30Z", End.FROM, ZoneId.of("Africa/Tripoli"))
                        .day())
                .isEqualTo(LocalDate.of(2011, 4, 1));
    }

    @Test
    void shouldTakeAnEmptyFieldAsNoBound() {
        DateInput.Result r = us.read("   ", End.FROM, ZoneOffset.UTC);

        assertThat(r.ok()).isTrue();
        assertThat(r.day()).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2011-02-30",
                "99999",
                "2/30/2011",
                "\uD83D\uDE00",
                "\u05EA\u05D0\u05E8\u05D9\u05DA",
                "2011-13",
                "0000-01-01",
                "2011-04-01T25:00Z",
                "yesterday"
            })
    void shouldSayWhyATextIsNotADate(String typed) {
        DateInput.Result r = us.read(typed, End.FROM, ZoneOffset.UTC);

        assertThat(r.ok()).isFalse();
        assertThat(r.error()).isNotBlank().doesNotContain("Exception").doesNotContain("index");
    }

    @Test
    void shouldNotEchoAVeryLongTextInFull() {
        String error = us.read("1".repeat(10_000), End.FROM, ZoneOffset.UTC).error();

        assertThat(error).hasSizeLessThan(200);
    }
}
