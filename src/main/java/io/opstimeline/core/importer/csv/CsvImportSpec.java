package io.opstimeline.core.importer.csv;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How to read one CSV file: what it holds and which column is which. Columns are named by their
 * header text (case and surrounding spaces ignored) or by their 1-based number. Build one with
 * {@link #builder}, or start from {@link #series} or {@link #events}.
 *
 * @param kind         events or series
 * @param dateFormat   a java.time pattern such as {@code dd/MM/yyyy}; null to recognise common forms
 * @param decimalMark  '.' or ',' when the file's numbers need it said; null to settle it from the file
 * @param separator    field separator; null to take the most frequent of , ; and tab in the header
 * @param title        dataset title; null for the file name
 * @param placeColumn  events: the place each row happened at (its name; several separated by ;)
 * @param latColumn    events: the place's latitude in decimal degrees, north positive
 * @param lonColumn    events: the place's longitude in decimal degrees, east positive
 */
public record CsvImportSpec(
        Kind kind,
        String dateColumn,
        List<String> valueColumns,
        String approxColumn,
        String sourceColumn,
        String startColumn,
        String endColumn,
        String titleColumn,
        String kindColumn,
        String nationColumn,
        String idColumn,
        String dateFormat,
        Character decimalMark,
        Character separator,
        String title,
        ZoneId zone,
        String placeColumn,
        String latColumn,
        String lonColumn) {

    /** What the rows are. */
    public enum Kind {
        EVENTS,
        SERIES
    }

    /**
     * Each choice a message may ask the user to make. The core names them in words; a front end
     * passes its own names (the command line its flags) to {@link CsvImporter}.
     */
    public enum Setting {
        DATE_COLUMN,
        VALUE_COLUMNS,
        APPROX_COLUMN,
        SOURCE_COLUMN,
        START_COLUMN,
        END_COLUMN,
        TITLE_COLUMN,
        KIND_COLUMN,
        NATION_COLUMN,
        ID_COLUMN,
        DATE_FORMAT,
        DECIMAL_MARK,
        SEPARATOR,
        PLACE_COLUMN,
        LAT_COLUMN,
        LON_COLUMN;

        /** "the date column", "the decimal mark". */
        public String label() {
            return "the " + name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    public CsvImportSpec {
        Objects.requireNonNull(kind, "kind");
        valueColumns = valueColumns == null ? List.of() : List.copyOf(valueColumns);
        zone = zone == null || zone.equals(ZoneOffset.UTC) ? ZoneId.of("UTC") : zone;
        if (decimalMark != null && decimalMark != '.' && decimalMark != ',') {
            throw new IllegalArgumentException("the decimal mark is . or , not " + decimalMark);
        }
    }

    public static Builder builder(Kind kind) {
        return new Builder(kind);
    }

    /** A series file: one date column and one or more value columns, one series per value column. */
    public static CsvImportSpec series(String dateColumn, List<String> valueColumns) {
        return builder(Kind.SERIES)
                .dateColumn(dateColumn)
                .valueColumns(valueColumns)
                .build();
    }

    /** An events file: one row per event. */
    public static CsvImportSpec events(String startColumn, String titleColumn) {
        return builder(Kind.EVENTS)
                .startColumn(startColumn)
                .titleColumn(titleColumn)
                .build();
    }

    /** A builder holding this spec's choices, to change some of them. */
    public Builder toBuilder() {
        return builder(kind)
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
                .decimalMark(decimalMark)
                .separator(separator)
                .title(title)
                .zone(zone)
                .placeColumn(placeColumn)
                .latColumn(latColumn)
                .lonColumn(lonColumn);
    }

    public CsvImportSpec withDateFormat(String format) {
        return toBuilder().dateFormat(format).build();
    }

    public CsvImportSpec withSeparator(Character sep) {
        return toBuilder().separator(sep).build();
    }

    /** Collects the choices one by one; every one but the kind may be left out. */
    public static final class Builder {
        private final Kind kind;
        private String dateColumn;
        private List<String> valueColumns = List.of();
        private String approxColumn;
        private String sourceColumn;
        private String startColumn;
        private String endColumn;
        private String titleColumn;
        private String kindColumn;
        private String nationColumn;
        private String idColumn;
        private String dateFormat;
        private Character decimalMark;
        private Character separator;
        private String title;
        private ZoneId zone;
        private String placeColumn;
        private String latColumn;
        private String lonColumn;

        private Builder(Kind kind) {
            this.kind = kind;
        }

        public Builder dateColumn(String column) {
            this.dateColumn = column;
            return this;
        }

        public Builder valueColumns(List<String> columns) {
            this.valueColumns = columns;
            return this;
        }

        public Builder approxColumn(String column) {
            this.approxColumn = column;
            return this;
        }

        public Builder sourceColumn(String column) {
            this.sourceColumn = column;
            return this;
        }

        public Builder startColumn(String column) {
            this.startColumn = column;
            return this;
        }

        public Builder endColumn(String column) {
            this.endColumn = column;
            return this;
        }

        public Builder titleColumn(String column) {
            this.titleColumn = column;
            return this;
        }

        public Builder kindColumn(String column) {
            this.kindColumn = column;
            return this;
        }

        public Builder nationColumn(String column) {
            this.nationColumn = column;
            return this;
        }

        public Builder idColumn(String column) {
            this.idColumn = column;
            return this;
        }

        public Builder dateFormat(String format) {
            this.dateFormat = format;
            return this;
        }

        public Builder decimalMark(Character mark) {
            this.decimalMark = mark;
            return this;
        }

        public Builder separator(Character sep) {
            this.separator = sep;
            return this;
        }

        public Builder title(String datasetTitle) {
            this.title = datasetTitle;
            return this;
        }

        public Builder zone(ZoneId datasetZone) {
            this.zone = datasetZone;
            return this;
        }

        public Builder placeColumn(String column) {
            this.placeColumn = column;
            return this;
        }

        public Builder latColumn(String column) {
            this.latColumn = column;
            return this;
        }

        public Builder lonColumn(String column) {
            this.lonColumn = column;
            return this;
        }

        public CsvImportSpec build() {
            return new CsvImportSpec(
                    kind,
                    dateColumn,
                    valueColumns,
                    approxColumn,
                    sourceColumn,
                    startColumn,
                    endColumn,
                    titleColumn,
                    kindColumn,
                    nationColumn,
                    idColumn,
                    dateFormat,
                    decimalMark,
                    separator,
                    title,
                    zone,
                    placeColumn,
                    latColumn,
                    lonColumn);
        }
    }
}
