package io.opstimeline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.opstimeline.core.importer.csv.CsvImportSpec;
import io.opstimeline.core.importer.csv.CsvImporter;
import io.opstimeline.core.load.DatasetLoadException;
import java.util.List;

/**
 * Whatever the CSV bytes and date format, the importer converts or throws our own load error.
 * The first bytes choose events or series, the separator and a date format; the rest is the file.
 */
class CsvImportFuzzTest {
    private static final String[] FORMATS = {
        null, "dd/MM/yyyy", "MM/dd/yyyy", "yyyy-MM-dd HH:mm", "MMM yyyy", "d MMMM uuuu"
    };

    @FuzzTest(maxDuration = "5m")
    void convertsOrRefuses(FuzzedDataProvider data) {
        boolean events = data.consumeBoolean();
        String format = FORMATS[data.consumeInt(0, FORMATS.length - 1)];
        Character separator = data.consumeBoolean() ? null : data.pickValue(new Character[] {',', ';', '\t'});
        CsvImportSpec spec = (events
                        ? CsvImportSpec.events("start", "title").toBuilder()
                                .sourceColumn("source")
                                .endColumn("end")
                                .kindColumn("kind")
                                .nationColumn("nations")
                                .idColumn("id")
                                .build()
                        : CsvImportSpec.series("date", List.of("a", "b")).toBuilder()
                                .approxColumn("approx")
                                .sourceColumn("source")
                                .build())
                .withDateFormat(format)
                .withSeparator(separator);
        try {
            new CsvImporter().importCsv("fuzz.csv", data.consumeRemainingAsBytes(), spec);
        } catch (DatasetLoadException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a load error must say what is wrong");
            }
        }
    }
}
