package io.opstimeline.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "UNCLASSIFIED | #007a33 | UNCLASSIFIED",
                "NATO UNCLASSIFIED | #007a33 | NATO UNCLASSIFIED",
                "Confidential | #0033a0 | CONFIDENTIAL",
                "secret | #c8102e | SECRET",
                "CUI | #502b85 | CUI",
                "NATO RESTRICTED | #7a5c00 | NATO RESTRICTED",
                "NATO SECRET // REL TO AUS | #c8102e | NATO SECRET//REL TO AUS",
                "SECRET//NOFORN - UNCLASSIFIED WHEN SEPARATED FROM ATTACHMENTS | #c8102e | "
                        + "SECRET//NOFORN - UNCLASSIFIED WHEN SEPARATED FROM ATTACHMENTS",
                "TOP SECRET//SI/TK//NOFORN | #ff8c00 | TOP SECRET//SI/TK//NOFORN",
                "COSMIC TOP SECRET | #ff8c00 | COSMIC TOP SECRET",
                "EXERCISE - UNCLASSIFIED | #007a33 | EXERCISE - UNCLASSIFIED",
                "exercise exercise exercise nato secret // rel to nato | #c8102e | EXERCISE EXERCISE EXERCISE NATO SECRET//REL TO NATO",
            })
    void levelAndColourComeFromTheParsedLevelAndTheMarkingPrintsUpperCase(
            String marking, String colour, String printed) {
        Classification c = Classification.of(marking);

        assertThat(c.background().hex()).isEqualTo(colour);
        assertThat(c.text()).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "EXERCISE ONLY",
                "RESTRICTED",
                "SECRETS",
                "UNCLASSIFIED SECRET",
                "SECRET//",
                "NATO TOP SECRET",
                "SECRET//NOFORN;DROP",
                "EXERCISE",
                "EXERCISE -",
                "EXERCISE - EXERCISE",
                "UNCLASSIFIED EXERCISE"
            })
    void aMarkingOutsideTheGrammarIsRefusedSayingWhatIsAllowed(String marking) {
        assertThatThrownBy(() -> Classification.of(marking))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused")
                .hasMessageContaining("NATO RESTRICTED")
                .hasMessageContaining("colour");
    }

    @Test
    void anUnknownMarkingIsTakenWithTheColourTheUserGives() {
        Classification c = Classification.of("exercise only", "#ffd700");

        assertThat(c.text()).isEqualTo("EXERCISE ONLY");
        assertThat(c.background().hex()).isEqualTo("#ffd700");
        assertThat(c.foreground().hex()).as("dark text on a light banner").isEqualTo("#000000");
        assertThatThrownBy(() -> Classification.of("EXERCISE ONLY", "gold")).hasMessageContaining("#rrggbb");
        assertThat(Classification.of("SECRET", "#00ff00").background())
                .as("a known level keeps its colour")
                .isEqualTo(Classification.RED);
    }

    @Test
    void aMistypedBannerColourIsRefusedEvenBesideAKnownLevel() {
        assertThatThrownBy(() -> Classification.of("UNCLASSIFIED", "#zzz"))
                .hasMessage("Banner colour \"#zzz\" is not a colour: use #rrggbb, e.g. #6e7781.");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void noMarkingIsSaidPlainlyOnGrey(String marking) {
        assertThat(Classification.of(marking).text()).isEqualTo("NO CLASSIFICATION MARKING");
        assertThat(Classification.of(null).background()).isEqualTo(Classification.GREY);
    }

    @Test
    void aPortionMarkedHigherThanTheBannerIsRefused() {
        Classification banner = Classification.of("CONFIDENTIAL");

        banner.checkPortions(List.of("(U) routine", "(C) as marked", "no portion mark"));
        assertThatThrownBy(() -> banner.checkPortions(List.of("(S//NF) strike list")))
                .hasMessageContaining("(S)")
                .hasMessageContaining("at least SECRET");
        assertThatThrownBy(() -> Classification.of("NATO RESTRICTED").checkPortions(List.of("(NS) plan")))
                .hasMessageContaining("NATO SECRET");
    }

    /** Levels of the grammar, written in any case and spacing, with caveats of allowed words. */
    @Provide
    Arbitrary<String[]> markings() {
        Arbitrary<Classification.Level> level = Arbitraries.of(Classification.Level.values())
                .filter(l -> !l.words().isEmpty() && l != Classification.Level.NONE);
        Arbitrary<String> caveat = Arbitraries.of(
                "NOFORN",
                "REL TO USA, GBR",
                "SI/TK",
                "ORCON",
                "FVEY",
                "REL TO NATO",
                "NOFORN - UNCLASSIFIED WHEN SEPARATED");
        Arbitrary<String> spacing = Arbitraries.of("//", " // ", "// ", " //");
        return Combinators.combine(level, caveat.list().ofMaxSize(3), spacing, Arbitraries.of(true, false))
                .as((l, cs, sep, lower) -> {
                    StringBuilder typed = new StringBuilder(lower ? l.words().toLowerCase(Locale.ROOT) : l.words());
                    StringBuilder canonical = new StringBuilder(l.words());
                    for (String c : cs) {
                        typed.append(sep).append(lower ? c.toLowerCase(Locale.ROOT) : c);
                        canonical.append("//").append(c);
                    }
                    return new String[] {typed.toString(), canonical.toString(), l.name()};
                });
    }

    @Property
    void everyLevelOfTheGrammarParsesToItselfWhateverItsCaseSpacingAndCaveats(@ForAll("markings") String[] m) {
        Classification c = Classification.of(m[0]);

        assertThat(c.level().name()).isEqualTo(m[2]);
        assertThat(c.text()).isEqualTo(m[1]);
        assertThat(c.background()).isEqualTo(c.level().colour());
    }

    @Property
    void aCaveatNeverChangesTheLevel(@ForAll("markings") String[] m, @ForAll("markings") String[] other) {
        // Another level's words after // (e.g. "SECRET//... UNCLASSIFIED WHEN SEPARATED") are a caveat, not the level.
        String mixed = m[0] + "//" + Classification.Level.valueOf(other[2]).words();

        assertThat(Classification.of(mixed).level().name()).isEqualTo(m[2]);
    }

    @Property
    void aPortionAboveTheBannerIsAlwaysRefusedAndAtOrBelowAlwaysTaken(
            @ForAll("markings") String[] banner, @ForAll("markings") String[] portion) {
        Classification b = Classification.of(banner[0]);
        Classification.Level p = Classification.Level.valueOf(portion[2]);
        String note = "(" + p.portion() + ") a note";

        if (p.rank() > b.level().rank()) {
            assertThatThrownBy(() -> b.checkPortions(List.of(note))).isInstanceOf(IllegalArgumentException.class);
        } else {
            b.checkPortions(List.of(note));
        }
    }
}
