package io.opstimeline.core.importer.csv;

import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.PlaceKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The places an events CSV names: a place column (names, several separated by ;), latitude and
 * longitude columns (decimal degrees), or both. A name is one place wherever it appears, so its
 * coordinates may be given on any one of its rows; a name given two different points is refused,
 * because the map could only draw one of them. Coordinates without a name make a place named by
 * them. Cells that cannot be read are refused at their row and column.
 */
final class CsvPlaces {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d+)?|\\.\\d+)");
    /** Coordinates that differ by less than this (about 1 cm) are the same point written twice. */
    private static final double SAME_POINT = 1e-7;

    /** Where a problem lies and what it says; the conversion files it as a problem or a warning. */
    interface Sink {
        void problem(CsvTable.Cell cell, String message);

        void warn(CsvTable.Cell cell, String message);
    }

    /** The free-text location of a row and the ids of the places it names. */
    record RowPlaces(String location, List<String> ids) {}

    private record Point(double latitude, double longitude, int line) {}

    private final int placeColumn;
    private final int latColumn;
    private final int lonColumn;
    private final Character decimalMark;
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Point> points = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, CsvTable.Cell> firstNamed = new LinkedHashMap<>();

    CsvPlaces(int placeColumn, int latColumn, int lonColumn, Character decimalMark) {
        this.placeColumn = placeColumn;
        this.latColumn = latColumn;
        this.lonColumn = lonColumn;
        this.decimalMark = decimalMark;
    }

    boolean any() {
        return placeColumn >= 0 || latColumn >= 0;
    }

    RowPlaces read(CsvTable.Row row, String sourceId, Sink sink) {
        List<String> rowNames = new ArrayList<>();
        CsvTable.Cell nameCell = placeColumn >= 0 ? row.cell(placeColumn) : null;
        if (nameCell != null && !nameCell.isBlank()) {
            for (String name : nameCell.text().split("[;|]")) {
                if (!name.isBlank()) {
                    rowNames.add(name.strip());
                }
            }
        }
        Point point = latColumn >= 0 ? point(row, sink) : null;
        if (point != null && rowNames.size() > 1) {
            sink.problem(
                    row.cell(latColumn),
                    "one latitude and longitude for " + rowNames.size() + " places (" + String.join("; ", rowNames)
                            + "); give one place per row that has coordinates");
            point = null;
        }
        if (point != null && rowNames.isEmpty()) {
            rowNames.add(String.format(Locale.ROOT, "%.5f, %.5f", point.latitude(), point.longitude()));
        }
        List<String> ids = new ArrayList<>();
        for (String name : rowNames) {
            String id = CsvCells.idFrom(name.toLowerCase(Locale.ROOT), "place-" + (names.size() + 1));
            names.putIfAbsent(id, name);
            firstNamed.putIfAbsent(id, nameCell != null && !nameCell.isBlank() ? nameCell : row.cell(latColumn));
            if (!ids.contains(id)) {
                ids.add(id);
            }
            if (point != null) {
                Point known = points.putIfAbsent(id, point);
                if (known == null) {
                    if (sourceId != null) {
                        sources.put(id, sourceId);
                    }
                } else if (Math.abs(known.latitude() - point.latitude()) > SAME_POINT
                        || Math.abs(known.longitude() - point.longitude()) > SAME_POINT) {
                    sink.problem(
                            row.cell(latColumn),
                            "\"" + CsvCells.abbreviate(name) + "\" is at "
                                    + known.latitude() + ", " + known.longitude() + " on line " + known.line()
                                    + "; one place cannot be at two points (give the places different names)");
                }
            }
        }
        String location =
                nameCell == null || nameCell.isBlank() ? null : nameCell.text().strip();
        return new RowPlaces(location, ids);
    }

    /** Warns about names no row gave coordinates for; returns the ids of those, to leave off records. */
    Set<String> unlocated(Sink sink) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach((id, name) -> {
            if (!points.containsKey(id)) {
                out.add(id);
                if (latColumn >= 0) {
                    sink.warn(
                            firstNamed.get(id),
                            "no row gives a latitude and longitude for \"" + CsvCells.abbreviate(name)
                                    + "\"; its records keep it as their location but are not on the map");
                }
            }
        });
        return out;
    }

    /** The places with coordinates, in the order the file first names them. */
    List<Place> places() {
        List<Place> out = new ArrayList<>();
        names.forEach((id, name) -> {
            Point p = points.get(id);
            if (p != null) {
                out.add(new Place(id, name, List.of(), p.latitude(), p.longitude(), PlaceKind.SITE, sources.get(id)));
            }
        });
        return out;
    }

    private Point point(CsvTable.Row row, Sink sink) {
        CsvTable.Cell lat = row.cell(latColumn);
        CsvTable.Cell lon = row.cell(lonColumn);
        if (lat.isBlank() && lon.isBlank()) {
            return null;
        }
        if (lat.isBlank() || lon.isBlank()) {
            CsvTable.Cell blank = lat.isBlank() ? lat : lon;
            sink.problem(
                    blank,
                    "no " + (lat.isBlank() ? "latitude" : "longitude") + " beside the "
                            + (lat.isBlank() ? "longitude" : "latitude") + "; give both or leave both blank");
            return null;
        }
        Double latitude = degrees(lat, "latitude", 90, "north", sink);
        Double longitude = degrees(lon, "longitude", 180, "east", sink);
        return latitude == null || longitude == null ? null : new Point(latitude, longitude, row.line());
    }

    private Double degrees(CsvTable.Cell cell, String what, double limit, String positive, Sink sink) {
        String text = cell.text().strip();
        // A comma in a coordinate can only be a decimal comma (no latitude or longitude has a thousands
        // group), so "32,887" is read as spreadsheets in much of Europe write it, unless --decimal-mark . says not
        boolean commaAllowed = decimalMark == null || decimalMark == ',';
        if (commaAllowed && text.indexOf(',') == text.lastIndexOf(',')) {
            text = text.replace(',', '.');
        }
        if (!DECIMAL.matcher(text).matches()) {
            sink.problem(
                    cell,
                    "\"" + CsvCells.abbreviate(cell.text()) + "\" is not a " + what
                            + "; write decimal degrees like 32.887 (" + positive
                            + " positive, the other way negative)");
            return null;
        }
        double v = Double.parseDouble(text);
        if (Math.abs(v) > limit) {
            sink.problem(
                    cell,
                    what + " must be between -" + (int) limit + " and " + (int) limit + " degrees (" + positive
                            + " positive), found " + cell.text().strip());
            return null;
        }
        return v;
    }
}
