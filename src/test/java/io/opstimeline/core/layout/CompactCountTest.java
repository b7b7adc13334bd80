package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The counts on cluster and density badges: short, and rounded as a reader expects. */
class CompactCountTest {
    @ParameterizedTest
    @CsvSource({"0, 0", "999, 999", "1000, 1.0k", "1049, 1.0k", "1050, 1.1k", "1949, 1.9k", "1950, 2.0k",
        "9949, 9.9k", "9950, 9k", "12615, 12k", "999999, 999k", "1000000, 1.0M", "1250000, 1.3M",
        "12499999, 12.5M"})
    void countsReadAsOnABadge(int count, String shown) {
        assertThat(Clusters.compact(count)).isEqualTo(shown);
    }

    @Property(tries = 2000)
    void oneDecimalIsWhatTheFormatterWouldGive(@ForAll @IntRange(min = 1000, max = 9949) int k,
                                               @ForAll @IntRange(min = 1_000_000, max = 2_000_000_000) int m) {
        assertThat(Clusters.compact(k)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1fk", k / 1000.0));
        assertThat(Clusters.compact(m)).isEqualTo(String.format(java.util.Locale.ROOT, "%.1fM", m / 1_000_000.0));
    }
}
