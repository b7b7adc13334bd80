package io.opstimeline.core.importer.csv;

import io.opstimeline.core.importer.csv.CsvImportSpec.Setting;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Converts a CSV file of events or of series values into a dataset in our format. All problems
 * are collected and reported as {@code file:line:col: message} at the offending cell; nothing is
 * written unless every row converts. Guesses (an ambiguous date order, an assumed nation status)
 * come back as warnings. The rows become the dataset's records directly, and the file written is
 * those records in our format.
 */
public final class CsvImporter {
    private final Function<Setting, String> names;

    /** Messages name the settings in words ("give the date format"). */
    public CsvImporter() {
        this(Setting::label);
    }

    /** Messages name the settings as {@code names} does (the command line: its flags). */
    public CsvImporter(Function<Setting, String> names) {
        this.names = names;
    }

    /** Reads and converts a file, refusing files above the dataset size limit before reading them. */
    public ImportResult importFile(Path csv, CsvImportSpec spec) throws DatasetLoadException {
        return importCsv(csv.toString(), readLimited(csv), spec);
    }

    /** Converts CSV bytes; {@code file} names the input in messages. */
    public ImportResult importCsv(String file, byte[] bytes, CsvImportSpec spec) throws DatasetLoadException {
        CsvDates dates;
        try {
            dates = new CsvDates(spec.dateFormat(), names);
        } catch (IllegalArgumentException e) {
            throw DatasetLoadException.single(file, 1, 1, e.getMessage());
        }
        CsvTable table = CsvTable.read(file, bytes, spec.separator());
        CsvConversion conversion = new CsvConversion(file, table, spec, dates, names);
        CsvConversion.Records records = conversion.run();
        String name = outputName(file);
        String title = spec.title() == null || spec.title().isBlank()
                ? name.replaceAll("\\.json$", "")
                : spec.title().strip();
        byte[] json = ImportedDatasetJson.write(title, spec.zone(), records);
        Dataset dataset = new Dataset(
                title,
                spec.zone(),
                null,
                records.kinds(),
                records.sources(),
                records.nations(),
                records.places(),
                records.events(),
                records.series(),
                new Fingerprint(name, DatasetLoader.sha256(json)));
        return new ImportResult(json, dataset, conversion.warnings());
    }

    /** Header cells of a CSV file, for choosing columns; empty when it cannot be read. */
    public static List<String> header(Path csv, Character separator) throws DatasetLoadException {
        CsvTable table = CsvTable.read(csv.toString(), readLimited(csv), separator);
        List<String> names = new ArrayList<>();
        table.header().forEach(c -> names.add(c.text()));
        return names;
    }

    static String outputName(String file) {
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }

    private static byte[] readLimited(Path csv) throws DatasetLoadException {
        String name = csv.toString();
        try {
            if (Files.isDirectory(csv)) {
                throw DatasetLoadException.single(name, 1, 1, "this is a folder, not a CSV file");
            }
            long size = Files.size(csv);
            if (size > DatasetLoader.MAX_FILE_BYTES) {
                throw DatasetLoadException.single(
                        name,
                        1,
                        1,
                        "file is " + size / (1024 * 1024) + " MB; the limit is "
                                + DatasetLoader.MAX_FILE_BYTES / (1024 * 1024) + " MB");
            }
            // a device or a pipe has no size: read only up to the limit (core.io.BoundedInput)
            return io.opstimeline.core.io.BoundedInput.readAtMost(csv, DatasetLoader.MAX_FILE_BYTES);
        } catch (io.opstimeline.core.io.BoundedInput.TooLargeException e) {
            throw DatasetLoadException.single(
                    name,
                    1,
                    1,
                    "more than " + DatasetLoader.MAX_FILE_BYTES / (1024 * 1024)
                            + " MB came from this input before it ended; the limit is "
                            + DatasetLoader.MAX_FILE_BYTES / (1024 * 1024) + " MB");
        } catch (NoSuchFileException e) {
            throw DatasetLoadException.single(name, 1, 1, "no such file");
        } catch (IOException e) {
            throw DatasetLoadException.single(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
    }
}
