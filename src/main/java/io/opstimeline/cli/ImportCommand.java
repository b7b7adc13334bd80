package io.opstimeline.cli;

import io.opstimeline.core.importer.csv.CsvImportSpec;
import io.opstimeline.core.importer.csv.CsvImporter;
import io.opstimeline.core.importer.csv.ImportResult;
import io.opstimeline.core.io.InputOverwriteException;
import io.opstimeline.core.io.OutputGuard;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.LoadProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Converts a CSV file of events or series into a dataset file; problems as file:line:col, exit 1. */
@Command(
        name = "import",
        description = {
            "Convert a CSV file of events or series values into a dataset.",
            "Columns are named by header text or 1-based number. Blank value cells are gaps, never zero."
        },
        sortOptions = false)
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.csv", description = "the CSV file (UTF-8, with or without BOM)")
    Path input;

    @Option(names = "--kind", required = true, description = "events or series")
    String kind;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "OUT.json",
            description = "dataset file to write")
    Path output;

    @Option(names = "--date-column", description = "series: the date of each row")
    String dateColumn;

    @Option(names = "--value-columns", split = ",", description = "series: one series per column, e.g. sorties,strikes")
    List<String> valueColumns;

    @Option(names = "--approx-column", description = "series: yes/no, marks the row's values approximate")
    String approxColumn;

    @Option(names = "--start-column", description = "events: start date")
    String startColumn;

    @Option(names = "--end-column", description = "events: end date (optional)")
    String endColumn;

    @Option(names = "--title-column", description = "events: title")
    String titleColumn;

    @Option(names = "--kind-column", description = "events: kind such as meeting or statement")
    String kindColumn;

    @Option(names = "--nation-column", description = "events: nations, several separated by ; or ,")
    String nationColumn;

    @Option(names = "--id-column", description = "events: record id (default row-<line>)")
    String idColumn;

    @Option(names = "--place-column", description = "events: where it happened, a place name (several separated by ;)")
    String placeColumn;

    @Option(names = "--lat-column", description = "events: the place's latitude, decimal degrees, north positive")
    String latColumn;

    @Option(names = "--lon-column", description = "events: the place's longitude, decimal degrees, east positive")
    String lonColumn;

    @Option(names = "--source-column", description = "the source each row cites (text or URL)")
    String sourceColumn;

    @Option(
            names = "--date-format",
            paramLabel = "F",
            description = "java.time pattern such as dd/MM/yyyy; without it common forms are recognised")
    String dateFormat;

    @Option(
            names = "--decimal-mark",
            paramLabel = "C",
            description = ". or , : which one is the decimal mark (default: settled by the file's own numbers)")
    String decimalMark;

    @Option(names = "--separator", paramLabel = "C", description = "field separator (default: guessed from , ; tab)")
    String separator;

    @Option(names = "--title", description = "dataset title (default: the file name)")
    String title;

    @Option(names = "--time-zone", paramLabel = "ZONE", description = "zone of dates without an offset (default UTC)")
    String timeZone;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvImportSpec importSpec;
        try {
            importSpec = spec();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            new OutputGuard().input(input, "the CSV file being imported").check(output);
        } catch (InputOverwriteException e) {
            err.println("error: -o " + e.getMessage());
            return ExitCodes.OUTPUT_IS_INPUT;
        }
        try {
            ImportResult result = new CsvImporter(ImportCommand::flag).importFile(input, importSpec);
            result.warnings().forEach(w -> err.println(w.format()));
            result.writeTo(output);
            out.printf(
                    "Wrote %s: %d events, %d series (%d points), %d sources%s%n",
                    output,
                    result.dataset().events().size(),
                    result.dataset().series().size(),
                    result.dataset().seriesPointCount(),
                    result.dataset().sources().size(),
                    result.dataset().places().isEmpty()
                            ? ""
                            : ", " + result.dataset().places().size() + " places");
            return ExitCodes.OK;
        } catch (DatasetLoadException e) {
            for (LoadProblem p : e.problems()) {
                err.println(p.format());
            }
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + CannotWrite.describe(output, e));
            return ExitCodes.CANNOT_WRITE;
        }
    }

    /** How import messages name a setting here: by the flag that gives it ("--date-format"). */
    static String flag(CsvImportSpec.Setting setting) {
        return "--" + setting.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private CsvImportSpec spec() {
        CsvImportSpec.Kind k;
        switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "events":
            case "event":
                k = CsvImportSpec.Kind.EVENTS;
                break;
            case "series":
                k = CsvImportSpec.Kind.SERIES;
                break;
            default:
                throw new IllegalArgumentException("--kind must be events or series, not \"" + kind + "\"");
        }
        Character sep = null;
        if (separator != null) {
            String s = separator.equals("\\t") || separator.equalsIgnoreCase("tab") ? "\t" : separator;
            if (s.length() != 1 || s.equals("\"")) {
                throw new IllegalArgumentException("--separator must be one character such as , ; or tab");
            }
            sep = s.charAt(0);
        }
        Character mark = null;
        if (decimalMark != null) {
            if (!decimalMark.equals(".") && !decimalMark.equals(",")) {
                throw new IllegalArgumentException("--decimal-mark must be . or , not \"" + decimalMark + "\"");
            }
            mark = decimalMark.charAt(0);
        }
        ZoneId zone = null;
        if (timeZone != null) {
            try {
                zone = ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "unknown time zone \"" + timeZone + "\"; use an id like UTC or Europe/Brussels");
            }
        }
        return CsvImportSpec.builder(k)
                .dateColumn(dateColumn)
                .valueColumns(valueColumns)
                .approxColumn(approxColumn)
                .sourceColumn(sourceColumn)
                .startColumn(startColumn)
                .endColumn(endColumn)
                .titleColumn(titleColumn)
                .kindColumn(kindColumn)
                .nationColumn(nationColumn)
                .idColumn(idColumn)
                .dateFormat(dateFormat)
                .decimalMark(mark)
                .separator(sep)
                .title(title)
                .zone(zone)
                .placeColumn(placeColumn)
                .latColumn(latColumn)
                .lonColumn(lonColumn)
                .build();
    }
}
