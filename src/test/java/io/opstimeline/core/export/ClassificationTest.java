package io.opstimeline.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {
    @ParameterizedTest
    @CsvSource({
        "UNCLASSIFIED, #007a33",
        "NATO UNCLASSIFIED, #007a33",
        "Confidential, #0033a0",
        "SECRET, #c8102e",
        "NATO SECRET // REL TO AUS, #c8102e",
        "TOP SECRET, #ff8c00",
        "COSMIC TOP SECRET, #ff8c00",
        "EXERCISE ONLY, #6e7781",
    })
    void colourFollowsTheLevelNamedInTheMarking(String marking, String colour) {
        Classification c = Classification.of(marking);

        assertThat(c.background().hex()).isEqualTo(colour);
        assertThat(c.text()).isEqualTo(marking);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noMarkingIsSaidPlainlyOnGrey(String marking) {
        assertThat(Classification.of(marking).text()).isEqualTo("NO CLASSIFICATION MARKING");
        assertThat(Classification.of(null).background()).isEqualTo(Classification.GREY);
    }
}
