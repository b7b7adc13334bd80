package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The counts on cluster and density badges: short, and rounded as a reader expects, over the whole
 * range of counts (the old code showed 9,950 as "9k" and cut 10k-999k down instead of rounding).
 */
class CompactCountTest {
    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "999, 999",
        "1000, 1.0k",
        "1049, 1.0k",
        "1050, 1.1k",
        "1949, 1.9k",
        "1950, 2.0k",
        "9949, 9.9k",
        "9950, 10k",
        "10499, 10k",
        "10500, 11k",
        "12615, 13k",
        "999499, 999k",
        "999500, 1.0M",
        "1000000, 1.0M",
        "1250000, 1.3M",
        "12499999, 12.5M",
        "2147483647, 2147.5M"
    })
    void countsReadAsOnABadge(int count, String shown) {
        assertThat(Clusters.compact(count)).isEqualTo(shown);
    }

    /** What the formatter gives for a count at the precision the badge shows (halves up, as %.1f rounds). */
    private static String formatted(int count, String shown) {
        if (count < 1000) {
            return String.format(Locale.ROOT, "%d", count);
        }
        boolean millions = shown.endsWith("M");
        BigDecimal inUnit = BigDecimal.valueOf(count).movePointLeft(millions ? 6 : 3);
        int decimals = shown.contains(".") ? 1 : 0;
        return String.format(Locale.ROOT, "%." + decimals + "f", inUnit.setScale(decimals, RoundingMode.HALF_UP))
                + (millions ? "M" : "k");
    }

    @Property(tries = 3000)
    void aBadgeIsTheFormattersRoundingOfTheCount(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int count) {
        String shown = Clusters.compact(count);

        assertThat(shown).isEqualTo(formatted(count, shown));
        assertThat(shown)
                .as("at most two digits before a decimal, three without one, below a million")
                .matches(count < 999_500 ? "\\d{1,3}|\\d\\.\\dk|\\d{2,3}k" : "\\d+\\.\\dM");
    }

    @Property(tries = 2000)
    void aLargerCountNeverShowsASmallerNumber(@ForAll @IntRange(min = 0, max = Integer.MAX_VALUE - 1) int count) {
        assertThat(value(Clusters.compact(count + 1))).isGreaterThanOrEqualTo(value(Clusters.compact(count)));
    }

    private static double value(String shown) {
        double scale = shown.endsWith("M") ? 1e6 : shown.endsWith("k") ? 1e3 : 1;
        return Double.parseDouble(shown.replaceAll("[kM]$", "")) * scale;
    }
}
