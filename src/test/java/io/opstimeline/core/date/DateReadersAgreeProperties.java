package io.opstimeline.core.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.importer.csv.CsvImportSpec;
import io.opstimeline.core.importer.csv.CsvImporter;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.model.TimeSpec;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The three places that read dates (the dataset loader, the CSV import and items files) used to
 * have a parser each. They now share {@link DateText}; these properties check that each still
 * places every date of the dataset's form at the same instant, and refuses an impossible one for
 * the same reason.
 */
class DateReadersAgreeProperties {
    private static final CsvImportSpec EVENTS = CsvImportSpec.events("start", "title");

    @Provide
    Arbitrary<String> datasetDates() {
        Arbitrary<LocalDate> days = Arbitraries.longs()
                .between(
                        LocalDate.of(1, 1, 1).toEpochDay(),
                        LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> offsets = Arbitraries.oneOf(
                Arbitraries.just("Z"),
                Arbitraries.integers()
                        .between(-18 * 4, 18 * 4)
                        .map(q -> ZoneOffset.ofTotalSeconds(q * 900).getId()));
        Arbitrary<String> times = Combinators.combine(
                        Arbitraries.integers().between(0, 23),
                        Arbitraries.integers().between(0, 59),
                        offsets)
                .as((h, m, o) -> String.format("T%02d:%02d%s", h, m, o));
        return Combinators.combine(days, Arbitraries.integers().between(0, 3), times)
                .as((day, cut, time) -> {
                    String full = day.toString();
                    switch (cut) {
                        case 0:
                            return full.substring(0, 4);
                        case 1:
                            return full.substring(0, 7);
                        case 2:
                            return full;
                        default:
                            return full + time;
                    }
                });
    }

    @Property(tries = 300)
    void theLoaderTheCsvImportAndItemsFilesPlaceADateAtTheSameInstant(@ForAll("datasetDates") String text)
            throws DatasetLoadException {
        TimeSpec loader = DateParser.parse(text, ZoneId.of("UTC")); // the CSV import's default zone

        assertThat(csvStart(text)).isEqualTo(loader);
        assertThat(itemsStart(text)).isEqualTo(loader.epochMilli());
    }

    @Property(tries = 300)
    void aDateWrittenInTheDatasetFormReadsBackAsItself(
            @ForAll("datasetDates") String text, @ForAll("zones") ZoneId zone) {
        TimeSpec date;
        try {
            date = DateParser.parse(text, zone);
        } catch (IllegalArgumentException skippedOrDoubled) {
            return; // a local time the zone skips or passes twice: refused, as aLocalTime... below checks
        }
        assertThat(DateText.datasetForm(date)).isEqualTo(text);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of("UTC", "Europe/Brussels", "America/New_York", "Asia/Kolkata", "Pacific/Chatham")
                .map(ZoneId::of);
    }

    @Property(tries = 200)
    void anImpossibleDayIsRefusedByAllThreeForTheSameReason(
            @ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month,
            @ForAll @IntRange(min = 29, max = 31) int day) {
        LocalDate first = LocalDate.of(year, month, 1);
        if (day <= first.lengthOfMonth()) {
            return;
        }
        String text = String.format("%04d-%02d-%02d", year, month, day);
        String reason = "\"" + text + "\" is not a real date: "
                + (day == 29
                        ? year + " is not a leap year, so there is no 29 February"
                        : "there is no " + day + " "
                                + first.getMonth()
                                        .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                                + " that year");

        assertThatThrownBy(() -> DateParser.parse(text, ZoneOffset.UTC)).hasMessage(reason);
        assertThatThrownBy(() -> csvStart(text))
                .isInstanceOfSatisfying(
                        DatasetLoadException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo(reason));
        assertThatThrownBy(() -> itemsStart(text))
                .isInstanceOfSatisfying(
                        DatasetLoadException.class,
                        e -> assertThat(e.problems().get(0).message()).isEqualTo("start " + reason));
    }

    @Property(tries = 200)
    void aLocalTimeTheClocksSkipOrPassTwiceIsRefusedNotShifted(
            @ForAll("zones") ZoneId zone,
            @ForAll @IntRange(min = 1971, max = 2037) int year,
            @ForAll @IntRange(min = -8, max = 8) int quarters) {
        // local times around the zone's first clock change of the year, where gaps and overlaps are
        java.time.zone.ZoneOffsetTransition change = zone.getRules()
                .nextTransition(
                        LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());
        java.time.LocalDateTime local = (change == null
                        ? LocalDate.of(year, 3, 1).atTime(2, 0)
                        : change.getDateTimeBefore())
                .plus(quarters * 15L, ChronoUnit.MINUTES);
        String text = local.toString().substring(0, 16);
        int offsets = zone.getRules().getValidOffsets(local).size();
        if (offsets == 1) {
            assertThat(DateParser.parse(text, zone).instant())
                    .isEqualTo(local.atZone(zone).toInstant());
        } else {
            assertThatThrownBy(() -> DateParser.parse(text, zone))
                    .hasMessageContaining(offsets == 0 ? "does not exist in " + zone : "happens twice in " + zone);
        }
    }

    private static TimeSpec csvStart(String text) throws DatasetLoadException {
        byte[] csv = ("start,title\n" + text + ",x\n").getBytes(StandardCharsets.UTF_8);
        return new CsvImporter()
                .importCsv("in.csv", csv, EVENTS)
                .dataset()
                .events()
                .get(0)
                .start();
    }

    private static long itemsStart(String text) throws DatasetLoadException {
        byte[] json = ("{\"items\":[{\"id\":\"a\",\"start\":\"" + text + "\"}]}").getBytes(StandardCharsets.UTF_8);
        return VisItemsReader.read("items.json", json).start(0);
    }
}
