package io.opstimeline.core.importer.csv;

/** A problem with one cell, reported at that cell's line and column. */
final class CellException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient CsvTable.Cell cell;

    CellException(CsvTable.Cell cell, String message) {
        super(message);
        this.cell = cell;
    }

    CsvTable.Cell cell() {
        return cell;
    }
}
