package io.opstimeline.core.importer.csv;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.TimeSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One run of {@link CsvImporter}: resolves the columns, converts every row, collects problems. */
final class CsvConversion {
    private static final int MAX_PROBLEMS = 100;

    private final String file;
    private final CsvTable table;
    private final CsvImportSpec spec;
    private final CsvDates dates;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<LoadProblem> warnings = new ArrayList<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> nations = new LinkedHashMap<>();
    private final Map<String, String> kinds = new LinkedHashMap<>();

    CsvConversion(String file, CsvTable table, CsvImportSpec spec, CsvDates dates) {
        this.file = file;
        this.table = table;
        this.spec = spec;
        this.dates = dates;
    }

    List<LoadProblem> warnings() {
        return List.copyOf(warnings);
    }

    ObjectNode run() throws DatasetLoadException {
        String stem = CsvImporter.outputName(file).replaceAll("\\.json$", "");
        String title = spec.title() == null || spec.title().isBlank() ? stem : spec.title().strip();
        ObjectNode root = CsvImporter.newDocument(title, spec.zone().getId());
        ArrayNode events = CsvImporter.array();
        ArrayNode series = CsvImporter.array();
        if (spec.kind() == CsvImportSpec.Kind.SERIES) {
            series = series();
        } else {
            events = events();
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
            if (problems.size() >= MAX_PROBLEMS) {
                LoadProblem last = problems.get(problems.size() - 1);
                problems.add(new LoadProblem(file, last.line(), last.column(),
                        "too many problems; stopped after " + MAX_PROBLEMS));
            }
            throw new DatasetLoadException(problems);
        }
        if (!kinds.isEmpty()) {
            ArrayNode k = root.putArray("kinds");
            kinds.forEach((id, label) -> k.addObject().put("id", id).put("label", label));
        }
        if (!sources.isEmpty()) {
            ArrayNode s = root.putArray("sources");
            sources.forEach((text, id) -> {
                ObjectNode src = s.addObject().put("id", id).put("title", text);
                if (text.matches("(?i)https?://\\S+")) {
                    src.put("url", text);
                }
            });
        }
        if (!nations.isEmpty()) {
            ArrayNode n = root.putArray("nations");
            nations.forEach((id, name) -> n.addObject().put("id", id).put("name", name).put("status", "member"));
        }
        root.set("events", events);
        if (!series.isEmpty()) {
            root.set("series", series);
        }
        warnings.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
        return root;
    }

    private ArrayNode series() throws DatasetLoadException {
        int date = required(spec.dateColumn(), "--date-column");
        List<Integer> values = new ArrayList<>();
        if (spec.valueColumns().isEmpty()) {
            problems.add(new LoadProblem(file, 1, 1, "no value columns given (--value-columns)"));
        }
        for (String v : spec.valueColumns()) {
            values.add(column(v, "--value-columns"));
        }
        int approx = column(spec.approxColumn(), "--approx-column");
        int source = column(spec.sourceColumn(), "--source-column");
        stopIfProblems();
        settleDates(date, -1);
        List<ArrayNode> points = new ArrayList<>();
        values.forEach(v -> points.add(CsvImporter.array()));
        Map<String, Integer> seenDates = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (!fitsHeader(row)) {
                continue;
            }
            String when = date(row.cell(date), true);
            boolean rowApprox = approx >= 0 && flag(row.cell(approx));
            String src = source >= 0 ? sourceId(row.cell(source)) : null;
            if (when == null) {
                continue;
            }
            Integer first = seenDates.putIfAbsent(when, row.line());
            if (first != null) {
                warn(row.cell(date), "the date " + when + " is also on line " + first + "; both rows are kept");
            }
            for (int i = 0; i < values.size(); i++) {
                CsvTable.Cell cell = row.cell(values.get(i));
                try {
                    CsvCells.Value v = CsvCells.number(cell.text(), table.separator());
                    ObjectNode p = points.get(i).addObject().put("date", when);
                    if (v.number() == null) {
                        p.putNull("value");
                    } else if (v.number() == Math.rint(v.number()) && Math.abs(v.number()) < 1e15) {
                        p.put("value", v.number().longValue());
                    } else {
                        p.put("value", v.number());
                    }
                    if (rowApprox || v.approximate()) {
                        p.put("approximate", true);
                    }
                    if (src != null) {
                        p.put("source", src);
                    }
                } catch (IllegalArgumentException e) {
                    problem(cell, e.getMessage());
                }
            }
        }
        ArrayNode out = CsvImporter.array();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            CsvTable.Cell head = table.header().get(values.get(i));
            String name = head.isBlank() ? "Column " + (values.get(i) + 1) : head.text();
            ObjectNode s = out.addObject().put("id", unique(ids, CsvCells.idFrom(name, "series"))).put("name", name);
            s.set("points", points.get(i));
        }
        return out;
    }

    private ArrayNode events() throws DatasetLoadException {
        int start = required(spec.startColumn(), "--start-column");
        int title = required(spec.titleColumn(), "--title-column");
        int end = column(spec.endColumn(), "--end-column");
        int kind = column(spec.kindColumn(), "--kind-column");
        int nation = column(spec.nationColumn(), "--nation-column");
        int source = column(spec.sourceColumn(), "--source-column");
        int id = column(spec.idColumn(), "--id-column");
        stopIfProblems();
        settleDates(start, end);
        ArrayNode out = CsvImporter.array();
        Map<String, Integer> ids = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
            if (!fitsHeader(row)) {
                continue;
            }
            ObjectNode e = out.addObject();
            CsvTable.Cell idCell = id >= 0 ? row.cell(id) : null;
            String eventId = "row-" + row.line();
            if (idCell != null && !idCell.isBlank()) {
                eventId = CsvCells.idFrom(idCell.text(), eventId);
                Integer first = ids.putIfAbsent(eventId, row.line());
                if (first != null) {
                    problem(idCell, "duplicate id \"" + eventId + "\" (first on line " + first + ")");
                }
            }
            e.put("id", eventId);
            CsvTable.Cell kindCell = kind >= 0 ? row.cell(kind) : null;
            String kindLabel = kindCell == null || kindCell.isBlank() ? "Event" : kindCell.text();
            String kindId = CsvCells.idFrom(kindLabel.toLowerCase(Locale.ROOT), "event");
            kinds.putIfAbsent(kindId, kindLabel);
            e.put("kind", kindId);
            CsvTable.Cell titleCell = row.cell(title);
            if (titleCell.isBlank()) {
                problem(titleCell, "no title; every event needs one");
            }
            e.put("title", titleCell.text());
            String startDate = date(row.cell(start), true);
            String endDate = end >= 0 ? date(row.cell(end), false) : null;
            if (startDate != null) {
                e.put("start", startDate);
            }
            if (endDate != null) {
                e.put("end", endDate);
                checkOrder(startDate, endDate, row.cell(start), row.cell(end));
            }
            if (nation >= 0 && !row.cell(nation).isBlank()) {
                ArrayNode ns = e.putArray("nations");
                for (String name : row.cell(nation).text().split("[;,|]")) {
                    if (!name.isBlank()) {
                        ns.add(nationId(name.strip(), row.cell(nation)));
                    }
                }
            }
            String src = source >= 0 ? sourceId(row.cell(source)) : null;
            if (src != null) {
                e.putArray("sources").add(src);
            }
        }
        return out;
    }

    /**
     * A row with more filled cells than the header has columns has shifted, most often because a
     * number like 1,719 was written without quotes in a comma-separated file: refuse it rather than
     * read every value after it from the wrong column.
     */
    private boolean fitsHeader(CsvTable.Row row) {
        int columns = table.header().size();
        for (int i = columns; i < row.cells().size(); i++) {
            if (!row.cells().get(i).isBlank()) {
                problem(row.cells().get(i), "this row has more cells than the header has columns (" + columns
                        + "); is a value with a " + (table.separator() == '\t' ? "tab" : "\"" + table.separator() + "\"")
                        + " in it missing its quotes (write \"1,719\" or 1719)?");
                return false;
            }
        }
        return true;
    }

    private void checkOrder(String start, String end, CsvTable.Cell startCell, CsvTable.Cell endCell) {
        if (start == null) {
            return;
        }
        TimeSpec s = DateParser.parse(start, spec.zone());
        TimeSpec e = DateParser.parse(end, spec.zone());
        if (e.instant().isBefore(s.instant())) {
            problem(endCell, "end " + endCell.text() + " is before start " + startCell.text());
        }
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
                warnings.add(new LoadProblem(file, a.first().line(), a.first().column(), a.message()));
            }
        } catch (CellException e) {
            problem(e.cell(), e.getMessage());
        }
    }

    private String date(CsvTable.Cell cell, boolean required) {
        if (cell.isBlank()) {
            if (required) {
                problem(cell, "no date; this column must have one in every row");
            }
            return null;
        }
        try {
            return dates.toDatasetDate(cell.text());
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
            warn(cell, "nations are written with status \"member\" because the CSV cannot say member or partner; "
                    + "check them in the dataset");
        }
        return id;
    }

    private static String unique(Map<String, Integer> ids, String id) {
        int n = ids.merge(id, 1, Integer::sum);
        return n == 1 ? id : id + "-" + n;
    }

    /** Index of a column named by header text or 1-based number; -1 when the option is not given. */
    private int column(String ref, String option) {
        if (ref == null || ref.isBlank()) {
            return -1;
        }
        String want = ref.strip();
        int found = -1;
        List<CsvTable.Cell> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).text().equalsIgnoreCase(want)) {
                if (found >= 0) {
                    problem(header.get(i), "two columns are named \"" + want + "\" (" + option
                            + "); rename one or give the column number " + (found + 1) + " or " + (i + 1));
                    return -1;
                }
                found = i;
            }
        }
        if (found < 0 && want.matches("\\d{1,6}") && Integer.parseInt(want) >= 1 && Integer.parseInt(want) <= header.size()) {
            found = Integer.parseInt(want) - 1;
        }
        if (found < 0) {
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add("\"" + CsvCells.abbreviate(c.text()) + "\""));
            String hint = header.size() == 1 && (header.get(0).text().contains(";") || header.get(0).text().contains("\t"))
                    ? " (the header has a single column: is the separator right?)" : headerLater(want);
            CsvTable.Cell first = header.get(0);
            problems.add(new LoadProblem(file, first.line(), 1, "no column \"" + want + "\" (" + option
                    + "); the header has " + String.join(", ", names) + hint));
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

    private int required(String ref, String option) {
        if (ref == null || ref.isBlank()) {
            problems.add(new LoadProblem(file, 1, 1, "which column? give " + option));
            return -1;
        }
        return column(ref, option);
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
