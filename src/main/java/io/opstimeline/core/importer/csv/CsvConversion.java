package io.opstimeline.core.importer.csv;

import io.opstimeline.core.date.DateOrder;
import io.opstimeline.core.date.WrittenDate;
import io.opstimeline.core.importer.csv.CsvImportSpec.Setting;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.DateBasis;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.NationStatus;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import io.opstimeline.core.model.Source;
import io.opstimeline.core.model.TimeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One run of {@link CsvImporter}: resolves the columns, converts every row into the dataset's own
 * records (events, series points, kinds, sources, nations), collects problems at their cells.
 */
final class CsvConversion {
    private static final int MAX_PROBLEMS = 100;

    private final String file;
    private final CsvTable table;
    private final CsvImportSpec spec;
    private final CsvDates dates;
    private final Function<Setting, String> names;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<LoadProblem> warnings = new ArrayList<>();
    /** Source text to its id, in order of first citation. */
    private final Map<String, String> sources = new LinkedHashMap<>();

    private final Map<String, String> nations = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();

    /** What a file converts to, before it becomes a dataset. */
    record Records(
            List<EventKind> kinds,
            List<Source> sources,
            List<Nation> nations,
            List<Place> places,
            List<Event> events,
            List<Series> series) {}

    private List<Place> places = List.of();

    CsvConversion(String file, CsvTable table, CsvImportSpec spec, CsvDates dates, Function<Setting, String> names) {
        this.file = file;
        this.table = table;
        this.spec = spec;
        this.dates = dates;
        this.names = names;
    }

    List<LoadProblem> warnings() {
        return List.copyOf(warnings);
    }

    Records run() throws DatasetLoadException {
        List<Event> events = List.of();
        List<Series> series = List.of();
        if (spec.kind() == CsvImportSpec.Kind.SERIES) {
            series = series();
        } else {
            events = events();
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
            if (problems.size() >= MAX_PROBLEMS) {
                LoadProblem last = problems.get(problems.size() - 1);
                problems.add(new LoadProblem(
                        file, last.line(), last.column(), "too many problems; stopped after " + MAX_PROBLEMS));
            }
            throw new DatasetLoadException(problems);
        }
        warnings.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
        List<EventKind> kindList = new ArrayList<>();
        kinds.forEach((id, label) -> kindList.add(new EventKind(id, label, EventKind.paletteColor(kindList.size()))));
        List<Source> sourceList = new ArrayList<>();
        sources.forEach((text, id) -> sourceList.add(
                new Source(id, text, null, null, text.matches("(?i)https?://\\S+") ? text : null, null, null)));
        List<Nation> nationList = new ArrayList<>();
        nations.forEach((id, name) -> nationList.add(
                new Nation(id, name, NationStatus.MEMBER, List.of(), null, List.of(), List.of(), List.of())));
        return new Records(kindList, sourceList, nationList, places, events, series);
    }

    private List<Series> series() throws DatasetLoadException {
        int date = required(spec.dateColumn(), Setting.DATE_COLUMN);
        List<Integer> values = new ArrayList<>();
        if (spec.valueColumns().isEmpty()) {
            problems.add(
                    new LoadProblem(file, 1, 1, "no value columns given (" + names.apply(Setting.VALUE_COLUMNS) + ")"));
        }
        for (String v : spec.valueColumns()) {
            values.add(column(v, Setting.VALUE_COLUMNS));
        }
        int approx = column(spec.approxColumn(), Setting.APPROX_COLUMN);
        int source = column(spec.sourceColumn(), Setting.SOURCE_COLUMN);
        stopIfProblems();
        settleDates(date, -1);
        int problemsBefore = problems.size();
        Character mark = settleDecimalMark(values);
        // when the file's decimal mark is in question, its numbers are not read: each would be a guess
        boolean readNumbers = problems.size() == problemsBefore;
        List<List<SeriesPoint>> points = new ArrayList<>();
        values.forEach(v -> points.add(new ArrayList<>()));
        Map<TimeSpec, Integer> seenDates = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (!fitsHeader(row)) {
                continue;
            }
            TimeSpec when = date(row.cell(date), true);
            boolean rowApprox = approx >= 0 && flag(row.cell(approx));
            String src = source >= 0 ? sourceId(row.cell(source)) : null;
            if (when == null) {
                continue;
            }
            Integer first = seenDates.putIfAbsent(when, row.line());
            if (first != null) {
                warn(
                        row.cell(date),
                        "the date " + when.display() + " is also on line " + first + "; both rows are kept");
            }
            for (int i = 0; i < values.size() && readNumbers; i++) {
                CsvTable.Cell cell = row.cell(values.get(i));
                try {
                    CsvCells.Value v = CsvCells.number(cell.text(), mark);
                    points.get(i)
                            .add(new SeriesPoint(when, v.number(), rowApprox || v.approximate(), DateBasis.EXACT, src));
                } catch (IllegalArgumentException e) {
                    problem(cell, e.getMessage());
                }
            }
        }
        List<Series> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            CsvTable.Cell head = table.header().get(values.get(i));
            String name = head.isBlank() ? "Column " + (values.get(i) + 1) : head.text();
            List<SeriesPoint> inOrder = new ArrayList<>(points.get(i));
            inOrder.sort(Comparator.comparing(p -> p.date().instant()));
            out.add(new Series(unique(ids, CsvCells.idFrom(name, "series")), name, null, false, inOrder));
        }
        return out;
    }

    /** The decimal mark of the value columns, settled over all of them at once; null after a problem. */
    private Character settleDecimalMark(List<Integer> values) {
        List<CsvTable.Cell> cells = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            values.forEach(v -> cells.add(row.cell(v)));
        }
        try {
            return DecimalMark.settle(cells, spec.decimalMark(), names);
        } catch (CellException e) {
            problem(e.cell(), e.getMessage());
            return null;
        }
    }

    private List<Event> events() throws DatasetLoadException {
        int start = required(spec.startColumn(), Setting.START_COLUMN);
        int title = required(spec.titleColumn(), Setting.TITLE_COLUMN);
        int end = column(spec.endColumn(), Setting.END_COLUMN);
        int kind = column(spec.kindColumn(), Setting.KIND_COLUMN);
        int nation = column(spec.nationColumn(), Setting.NATION_COLUMN);
        int source = column(spec.sourceColumn(), Setting.SOURCE_COLUMN);
        int id = column(spec.idColumn(), Setting.ID_COLUMN);
        CsvPlaces placeCells = placeColumns();
        stopIfProblems();
        settleDates(start, end);
        List<Event> out = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (!fitsHeader(row)) {
                continue;
            }
            CsvTable.Cell idCell = id >= 0 ? row.cell(id) : null;
            String eventId = "row-" + row.line();
            if (idCell != null && !idCell.isBlank()) {
                eventId = CsvCells.idFrom(idCell.text(), eventId);
                Integer first = ids.putIfAbsent(eventId, row.line());
                if (first != null) {
                    problem(idCell, "duplicate id \"" + eventId + "\" (first on line " + first + ")");
                }
            }
            CsvTable.Cell kindCell = kind >= 0 ? row.cell(kind) : null;
            String kindLabel = kindCell == null || kindCell.isBlank() ? "Event" : kindCell.text();
            String kindId = CsvCells.idFrom(kindLabel.toLowerCase(Locale.ROOT), "event");
            kinds.putIfAbsent(kindId, kindLabel);
            CsvTable.Cell titleCell = row.cell(title);
            if (titleCell.isBlank()) {
                problem(titleCell, "no title; every event needs one");
            }
            TimeSpec startDate = date(row.cell(start), true);
            TimeSpec endDate = end >= 0 ? date(row.cell(end), false) : null;
            if (startDate != null && endDate != null && DateOrder.isBefore(endDate, startDate)) {
                problem(
                        row.cell(end),
                        "end " + row.cell(end).text() + " is before start "
                                + row.cell(start).text());
            }
            List<String> nationIds = new ArrayList<>();
            if (nation >= 0 && !row.cell(nation).isBlank()) {
                for (String name : row.cell(nation).text().split("[;,|]")) {
                    if (!name.isBlank()) {
                        nationIds.add(nationId(name.strip(), row.cell(nation)));
                    }
                }
            }
            String src = source >= 0 ? sourceId(row.cell(source)) : null;
            CsvPlaces.RowPlaces where = placeCells.read(row, src, sink);
            if (startDate != null) {
                out.add(new Event(
                        eventId,
                        kindId,
                        titleCell.text(),
                        startDate,
                        endDate,
                        false,
                        null,
                        null,
                        where.location(),
                        nationIds,
                        List.of(),
                        null,
                        List.of(),
                        src == null ? List.of() : List.of(src),
                        null,
                        List.of(),
                        where.ids()));
            }
        }
        places = placeCells.places();
        Set<String> unlocated = placeCells.unlocated(sink);
        return unlocated.isEmpty() ? out : withoutPlaces(out, unlocated);
    }

    /** The places columns; a latitude column without a longitude one (or the other way) is refused. */
    private CsvPlaces placeColumns() {
        int place = column(spec.placeColumn(), Setting.PLACE_COLUMN);
        int lat = column(spec.latColumn(), Setting.LAT_COLUMN);
        int lon = column(spec.lonColumn(), Setting.LON_COLUMN);
        boolean latGiven = spec.latColumn() != null && !spec.latColumn().isBlank();
        boolean lonGiven = spec.lonColumn() != null && !spec.lonColumn().isBlank();
        if (latGiven != lonGiven) {
            problems.add(new LoadProblem(
                    file,
                    1,
                    1,
                    "give both " + names.apply(Setting.LAT_COLUMN) + " and " + names.apply(Setting.LON_COLUMN)
                            + ", or neither"));
        }
        return new CsvPlaces(place, lat, lon, spec.decimalMark());
    }

    /** Records keep a place only when some row gave its coordinates; the rest stays location text. */
    private static List<Event> withoutPlaces(List<Event> events, Set<String> unlocated) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            List<String> kept =
                    e.placeIds().stream().filter(id -> !unlocated.contains(id)).toList();
            out.add(kept.size() == e.placeIds().size() ? e : e.withPlaceIds(kept));
        }
        return out;
    }

    private final CsvPlaces.Sink sink = new CsvPlaces.Sink() {
        @Override
        public void problem(CsvTable.Cell cell, String message) {
            CsvConversion.this.problem(cell, message);
        }

        @Override
        public void warn(CsvTable.Cell cell, String message) {
            CsvConversion.this.warn(cell, message);
        }
    };

    /**
     * A row with more filled cells than the header has columns has shifted, most often because a
     * number like 1,719 was written without quotes in a comma-separated file: refuse it rather than
     * read every value after it from the wrong column.
     */
    private boolean fitsHeader(CsvTable.Row row) {
        int columns = table.header().size();
        for (int i = columns; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                problem(
                        row.cells().get(i),
                        "this row has more cells than the header has columns (" + columns
                                + "); is a value with a "
                                + (table.separator() == '\t' ? "tab" : "\"" + table.separator() + "\"")
                                + " in it missing its quotes (write \"1,719\" or 1719)?");
                return false;
            }
        }
        return true;
    }

    private void settleDates(int first, int second) {
        List<CsvTable.Cell> cells = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            cells.add(row.cell(first));
            if (second >= 0) {
                cells.add(row.cell(second));
            }
        }
        try {
            CsvDates.Ambiguity a = dates.settleOrder(cells);
            if (a != null) {
                warnings.add(new LoadProblem(file, a.first().line(), a.first().column(), a.message(names)));
            }
        } catch (CellException e) {
            problem(e.cell(), e.getMessage());
        }
    }

    private TimeSpec date(CsvTable.Cell cell, boolean required) {
        if (cell.isBlank()) {
            if (required) {
                problem(cell, "no date; this column must have one in every row");
            }
            return null;
        }
        try {
            WrittenDate written = dates.read(cell.text());
            return written.toTimeSpec(spec.zone());
        } catch (IllegalArgumentException e) {
            problem(cell, e.getMessage());
            return null;
        }
    }

    private boolean flag(CsvTable.Cell cell) {
        try {
            return CsvCells.flag(cell.text());
        } catch (IllegalArgumentException e) {
            problem(cell, e.getMessage());
            return false;
        }
    }

    private String sourceId(CsvTable.Cell cell) {
        if (cell.isBlank()) {
            return null;
        }
        return sources.computeIfAbsent(cell.text(), t -> "s" + (sources.size() + 1));
    }

    private String nationId(String name, CsvTable.Cell cell) {
        String id = CsvCells.idFrom(name, "nation-" + (nations.size() + 1));
        String known = nations.putIfAbsent(id, name);
        if (known == null && nations.size() == 1) {
            warn(
                    cell,
                    "nations are written with status \"member\" because the CSV cannot say member or partner; "
                            + "check them in the dataset");
        }
        return id;
    }

    private static String unique(Map<String, Integer> ids, String id) {
        int n = ids.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    /** Index of a column named by header text or 1-based number; -1 when the option is not given. */
    private int column(String ref, Setting setting) {
        String option = names.apply(setting);
        if (ref == null || ref.isBlank()) {
            return -1;
        }
        String want = ref.strip();
        int found = -1;
        List<CsvTable.Cell> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).text().equalsIgnoreCase(want)) {
                if (found >= 0) {
                    problem(
                            header.get(i),
                            "two columns are named \"" + want + "\" (" + option
                                    + "); rename one or give the column number " + (found + 1) + " or " + (i + 1));
                    return -1;
                }
                found = i;
            }
        }
        if (found < 0
                && want.matches("\\d{1,6}")
                && Integer.parseInt(want) >= 1
                && Integer.parseInt(want) <= header.size()) {
            found = Integer.parseInt(want) - 1;
        }
        if (found < 0) {
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add("\"" + CsvCells.abbreviate(c.text()) + "\""));
            String hint = header.size() == 1
                            && (header.get(0).text().contains(";")
                                    || header.get(0).text().contains("\t"))
                    ? " (the header has a single column: is the separator right?)"
                    : headerLater(want);
            CsvTable.Cell first = header.get(0);
            problems.add(new LoadProblem(
                    file,
                    first.line(),
                    1,
                    "no column \"" + want + "\" (" + option + "); the header has " + String.join(", ", names) + hint));
        }
        return found;
    }

    /** Spreadsheets often put a title above the header: say where the header seems to be. */
    private String headerLater(String want) {
        List<CsvTable.Row> rows = table.rows();
        for (int r = 0; r < Math.min(20, rows.size()); r++) {
            for (CsvTable.Cell c : rows.get(r).cells()) {
                if (c.text().equalsIgnoreCase(want)) {
                    return " (line " + rows.get(r).line() + " has a cell \"" + c.text() + "\": is that the header? "
                            + "Delete the lines above it)";
                }
            }
        }
        return "";
    }

    private int required(String ref, Setting setting) {
        if (ref == null || ref.isBlank()) {
            problems.add(new LoadProblem(file, 1, 1, "which column? give " + names.apply(setting)));
            return -1;
        }
        return column(ref, setting);
    }

    private void stopIfProblems() throws DatasetLoadException {
        if (!problems.isEmpty()) {
            throw new DatasetLoadException(problems);
        }
    }

    private void problem(CsvTable.Cell cell, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new LoadProblem(file, cell.line(), cell.column(), message));
        }
    }

    private void warn(CsvTable.Cell cell, String message) {
        warnings.add(new LoadProblem(file, cell.line(), cell.column(), "warning: " + message));
    }
}
