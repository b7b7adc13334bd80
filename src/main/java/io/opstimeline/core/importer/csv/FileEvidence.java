package io.opstimeline.core.importer.csv;

import java.util.List;
import java.util.function.Function;

/**
 * What a file's cells say about a convention that can go two ways (numeric dates day or month
 * first; the decimal mark a point or a comma). Each cell shows one way, could be either, or says
 * nothing; the file is settled by the cells that show a way, never by its separator or encoding.
 *
 * @param firstWay    the first cell that shows the first way, or null
 * @param secondWay   the first cell that shows the second way, or null
 * @param either      the first cell that could be either, or null
 * @param eitherCount how many cells could be either
 */
record FileEvidence(CsvTable.Cell firstWay, CsvTable.Cell secondWay, CsvTable.Cell either, int eitherCount) {

    /** What one cell says. */
    enum Says {
        FIRST_WAY,
        SECOND_WAY,
        EITHER,
        NOTHING
    }

    static FileEvidence of(List<CsvTable.Cell> cells, Function<CsvTable.Cell, Says> says) {
        CsvTable.Cell first = null;
        CsvTable.Cell second = null;
        CsvTable.Cell either = null;
        int eitherCount = 0;
        for (CsvTable.Cell c : cells) {
            Says s = says.apply(c);
            if (s == Says.FIRST_WAY && first == null) {
                first = c;
            } else if (s == Says.SECOND_WAY && second == null) {
                second = c;
            } else if (s == Says.EITHER) {
                eitherCount++;
                either = either == null ? c : either;
            }
        }
        return new FileEvidence(first, second, either, eitherCount);
    }

    /** Both ways are shown: the file contradicts itself. */
    boolean mixed() {
        return firstWay != null && secondWay != null;
    }

    /** Neither way is shown, but some cells could be either: nothing in the file settles them. */
    boolean unsettled() {
        return firstWay == null && secondWay == null && either != null;
    }
}
