package io.opstimeline.core.importer.csv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * How to read one CSV file: what it holds and which column is which. Columns are named by their
 * header text (case and surrounding spaces ignored) or by their 1-based number.
 *
 * @param kind         events or series
 * @param dateFormat   a java.time pattern such as {@code dd/MM/yyyy}; null to recognise common forms
 * @param separator    field separator; null to take the most frequent of , ; and tab in the header
 * @param title        dataset title; null for the file name
 */
public record CsvImportSpec(Kind kind, String dateColumn, List<String> valueColumns, String approxColumn,
                            String sourceColumn, String startColumn, String endColumn, String titleColumn,
                            String kindColumn, String nationColumn, String idColumn, String dateFormat,
                            Character separator, String title, ZoneId zone) {

    /** What the rows are. */
    public enum Kind { EVENTS, SERIES }

    public CsvImportSpec {
        Objects.requireNonNull(kind, "kind");
        valueColumns = valueColumns == null ? List.of() : List.copyOf(valueColumns);
        zone = zone == null || zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
    }

    /** A series file: one date column and one or more value columns, one series per value column. */
    public static CsvImportSpec series(String dateColumn, List<String> valueColumns) {
        return new CsvImportSpec(Kind.SERIES, dateColumn, valueColumns, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** An events file: one row per event. */
    public static CsvImportSpec events(String startColumn, String titleColumn) {
        return new CsvImportSpec(Kind.EVENTS, null, List.of(), null, null, startColumn, null, titleColumn, null, null,
                null, null, null, null, null);
    }

    public CsvImportSpec withDateFormat(String format) {
        return new CsvImportSpec(kind, dateColumn, valueColumns, approxColumn, sourceColumn, startColumn, endColumn,
                titleColumn, kindColumn, nationColumn, idColumn, format, separator, title, zone);
    }

    public CsvImportSpec withOptionalColumns(String approx, String source, String end, String kindCol, String nation,
                                             String id) {
        return new CsvImportSpec(kind, dateColumn, valueColumns, approx, source, startColumn, end,
                titleColumn, kindCol, nation, id, dateFormat, separator, title, zone);
    }

    public CsvImportSpec withSeparator(Character sep) {
        return new CsvImportSpec(kind, dateColumn, valueColumns, approxColumn, sourceColumn, startColumn, endColumn,
                titleColumn, kindColumn, nationColumn, idColumn, dateFormat, sep, title, zone);
    }

    public CsvImportSpec withTitle(String datasetTitle, ZoneId datasetZone) {
        return new CsvImportSpec(kind, dateColumn, valueColumns, approxColumn, sourceColumn, startColumn, endColumn,
                titleColumn, kindColumn, nationColumn, idColumn, dateFormat, separator, datasetTitle, datasetZone);
    }
}
