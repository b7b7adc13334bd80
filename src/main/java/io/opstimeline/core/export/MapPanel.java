package io.opstimeline.core.export;

import io.opstimeline.core.map.Basemap;
import io.opstimeline.core.map.GeoBounds;
import io.opstimeline.core.map.MapExtent;
import io.opstimeline.core.map.MapPainter;
import io.opstimeline.core.map.MapProjection;
import io.opstimeline.core.map.MapStyle;
import io.opstimeline.core.map.MarkerGroup;
import io.opstimeline.core.map.MarkerLetters;
import io.opstimeline.core.map.PlaceRecords;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The map on a briefing page: the page's records at their places, drawn by the same
 * {@link MapPainter} as the workbench's Map tab (basemap, graticule, scale bar, crowded places
 * counted in one marker), each marker tagged with a letter, and a key that lists under each letter
 * the numbers the events table gives its records, so a reader goes from a place to the table row
 * and back. Paper cannot hover a marker; the key is what hovering shows on screen.
 */
final class MapPanel {
    private static final int MAX_KEY_COLUMNS = 3;
    /** Printed on every map: the basemap is Natural Earth's, and its terms ask nothing but we name it. */
    static final String CREDIT = "Basemap: Natural Earth (public domain)";

    /** The key's tag for a place beyond the map's edge, which has an arrow there and no letter. */
    static final String BEYOND_TAG = "\u2013";

    static final String KEY_HEADING = "Places (letter on the map): record numbers as in the events table";

    private MapPanel() {}

    /** One line of the key: a marker's letter, the places it stands for, the numbers of its records. */
    record KeyEntry(String tag, String places, List<Integer> numbers) {
        String text() {
            StringBuilder sb = new StringBuilder(places).append(": ");
            for (int i = 0; i < numbers.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(numbers.get(i));
            }
            return sb.toString();
        }
    }

    /**
     * Paints the map and its key into {@code box} (page units); {@code shown} are the records the
     * page shows, {@code numbered} the view's records in the events table's order. The key sits
     * right of the map in a wide box, under it otherwise.
     */
    static void paint(
            Surface s,
            PageLayout.Box box,
            Briefing b,
            TimeWindow window,
            List<Event> shown,
            List<Event> numbered,
            double k) {
        Theme theme = b.theme();
        Dataset d = b.dataset();
        boolean keyBeside = box.w() > box.h() * 1.3;
        double mapW = keyBeside ? Math.min(box.w() * 0.62, box.h() * 1.6) : box.w();
        double mapH = keyBeside ? box.h() : Math.min(box.h() * 0.62, box.w() * 0.9);
        Set<String> ids = new HashSet<>();
        shown.forEach(e -> ids.add(e.id()));
        List<PlaceRecords> places = PlaceRecords.inWindow(d, window, e -> ids.contains(e.id()), true);
        MapProjection view = MapProjection.fit(region(d, places), mapW / k, mapH / k);
        Map<String, Rgb> kindColors = new HashMap<>();
        for (EventKind kind : d.kinds()) {
            kindColors.put(kind.id(), kind.color());
        }
        TransformSurface ts = new TransformSurface(s, box.x(), box.y(), k);
        ts.pushClip(0, 0, mapW / k, mapH / k);
        MapPainter.Frame frame = new MapPainter()
                .paintFrame(
                        ts,
                        view,
                        Basemap.bundled(),
                        MapStyle.of(theme),
                        new MapPainter.Content(places, kindColors::get, Set.of(), true));
        List<MarkerGroup> groups = frame.markers();
        List<KeyEntry> key = key(groups, numbered, view);
        if (places.isEmpty()) {
            ts.setFont(BriefingPainter.SMALL);
            ts.setFill(theme.text(), 1);
            ts.fillText("No record of this page names a place.", 12, 24);
        }
        ts.popClip();
        s.setStroke(theme.majorGrid(), 1, 0.75);
        s.strokeRect(box.x(), box.y(), mapW, mapH);
        PageLayout.Box keyBox = keyBeside
                ? new PageLayout.Box(box.x() + mapW + 8, box.y(), box.w() - mapW - 8, box.h())
                : new PageLayout.Box(box.x(), box.y() + mapH + 6, box.w(), box.h() - mapH - 6);
        paintKey(s, keyBox, key, theme);
    }

    /**
     * The Map tab's home view of the page's places: those the basemap covers, with a margin (the
     * dataset's when the basemap covers none of the page's). Places beyond it (the Security Council in
     * New York, bases in Norway) are arrows on the map's edge and lines of the key, so the theatre is
     * not shrunk to a speck to make room for the Atlantic.
     */
    static GeoBounds region(Dataset d, List<PlaceRecords> places) {
        GeoBounds basemap = Basemap.bundled().bounds();
        List<Place> ps = places.stream().map(PlaceRecords::place).toList();
        // a page whose places all lie beyond the basemap (February: the Security Council in New York)
        // shows the campaign's theatre with arrows to them, not a grey square beyond the cut
        boolean anyCovered = ps.stream().anyMatch(p -> basemap.contains(p.longitude(), p.latitude()));
        return MapExtent.home(anyCovered ? ps : d.places(), basemap);
    }

    /**
     * One key entry per marker as drawn, lettered in the painter's order (busiest first); a marker
     * beyond the map's edge has no letter on the map, so its entry says where to look instead.
     */
    static List<KeyEntry> key(List<MarkerGroup> groups, List<Event> numbered, MapProjection view) {
        Map<String, Integer> number = new HashMap<>();
        for (int i = 0; i < numbered.size(); i++) {
            number.put(numbered.get(i).id(), i + 1);
        }
        List<KeyEntry> out = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            MarkerGroup group = groups.get(g);
            List<String> names =
                    group.places().stream().map(p -> p.place().name()).toList();
            List<Integer> numbers = new ArrayList<>();
            for (Event e : group.records()) {
                Integer n = number.get(e.id());
                if (n != null) {
                    numbers.add(n);
                }
            }
            numbers.sort(Integer::compare);
            boolean beyond = group.beyond(view);
            out.add(new KeyEntry(
                    beyond ? BEYOND_TAG : MarkerLetters.of(g),
                    String.join(", ", names) + (beyond ? " (an arrow on the map's edge)" : ""),
                    numbers));
        }
        return out;
    }

    private static void paintKey(Surface s, PageLayout.Box box, List<KeyEntry> key, Theme theme) {
        double line = BriefingPainter.SMALL_LINE;
        double bottom = box.bottom() - line; // the credit's line
        double y = box.y() + 8;
        s.setFont(BriefingPainter.SMALL_BOLD);
        s.setFill(theme.text(), 1);
        List<String> heading = TextFit.wrap(s, KEY_HEADING, box.w());
        for (String h : heading) {
            s.fillText(h, box.x(), y);
            y += line;
        }
        // the fewest columns that show the most entries (a portrait page's key is wide and short)
        int columns = 1;
        int best = fitting(s, key, 1, box.w(), bottom - y, line);
        for (int c = 2; c <= MAX_KEY_COLUMNS && best < key.size(); c++) {
            int shown = fitting(s, key, c, box.w(), bottom - y, line);
            if (shown > best) {
                best = shown;
                columns = c;
            }
        }
        double gap = 10;
        double columnW = (box.w() - gap * (columns - 1)) / columns;
        // Say what is left out rather than cut it silently, in full: its lines are kept free at the
        // foot of the last column (asked twice, as the notice's length depends on how many it names).
        List<double[]> at = placeEntries(s, key, columns, columnW, gap, box.x(), y, bottom, line, 0);
        List<String> notice = List.of();
        for (int pass = 0; pass < 2 && at.size() < key.size(); pass++) {
            notice = TextFit.wrap(s, leftOut(key, at.size()), columnW);
            at = placeEntries(s, key, columns, columnW, gap, box.x(), y, bottom, line, notice.size() * line);
        }
        if (at.size() < key.size()) {
            notice = TextFit.wrap(s, leftOut(key, at.size()), columnW);
        }
        double tagW = 22;
        for (int i = 0; i < at.size(); i++) {
            KeyEntry entry = key.get(i);
            double ex = at.get(i)[0];
            double ey = at.get(i)[1];
            s.setFont(BriefingPainter.SMALL_BOLD);
            s.setFill(theme.text(), 1);
            s.fillText(entry.tag(), ex, ey);
            s.setFont(BriefingPainter.SMALL);
            for (String l : TextFit.wrap(s, entry.text(), columnW - tagW)) {
                s.fillText(l, ex + tagW, ey);
                ey += line;
            }
        }
        if (at.size() < key.size()) {
            double nx = box.x() + (columns - 1) * (columnW + gap);
            double ny = bottom - (notice.size() - 1) * line;
            s.setFont(BriefingPainter.SMALL);
            s.setFill(theme.mutedText(), 1);
            for (String l : notice) {
                s.fillText(l, nx, ny);
                ny += line;
            }
        }
        s.setFont(BriefingPainter.FOOT);
        s.setFill(theme.mutedText(), 1);
        s.fillText(TextFit.ellipsize(s, CREDIT, box.w()), box.x(), box.bottom() - 2);
    }

    /** What the key leaves out, named by its letters, and where it is keyed whole. */
    static String leftOut(List<KeyEntry> key, int shown) {
        int n = key.size() - shown;
        List<String> letters = key.subList(shown, key.size()).stream()
                .map(KeyEntry::tag)
                .filter(t -> !t.equals(BEYOND_TAG))
                .toList();
        String tags = letters.isEmpty()
                ? ""
                : letters.size() == 1
                        ? letters.get(0) + ": "
                        : letters.get(0) + " to " + letters.get(letters.size() - 1) + ": ";
        return "\u2026 " + tags + n + (n == 1 ? " more place" : " more places")
                + ", keyed on a map page (Map on its own page; --map page)";
    }

    /**
     * Where each entry's first line goes, filled column after column, for as many entries as fit;
     * the last column keeps {@code reserve} free at its foot.
     */
    private static List<double[]> placeEntries(
            Surface s,
            List<KeyEntry> key,
            int columns,
            double columnW,
            double gap,
            double left,
            double top,
            double bottom,
            double line,
            double reserve) {
        s.setFont(BriefingPainter.SMALL);
        List<double[]> at = new ArrayList<>();
        int column = 0;
        double y = top;
        for (KeyEntry entry : key) {
            double h = TextFit.wrap(s, entry.text(), columnW - 22).size() * line;
            double foot = column == columns - 1 ? bottom - reserve : bottom;
            if (y + h > foot + line) {
                if (column + 1 == columns) {
                    break;
                }
                column++;
                y = top;
                foot = column == columns - 1 ? bottom - reserve : bottom;
                if (y + h > foot + line) {
                    break;
                }
            }
            at.add(new double[] {left + column * (columnW + gap), y});
            y += h;
        }
        return at;
    }

    /** How many of the key's entries, filled column after column, fit {@code height} in this many columns. */
    private static int fitting(Surface s, List<KeyEntry> key, int columns, double width, double height, double line) {
        double columnW = (width - 10 * (columns - 1)) / columns;
        s.setFont(BriefingPainter.SMALL);
        int column = 0;
        double used = 0;
        for (int i = 0; i < key.size(); i++) {
            double h = TextFit.wrap(s, key.get(i).text(), columnW - 22).size() * line;
            if (used + h > height) {
                column++;
                used = 0;
                if (column == columns || h > height) {
                    return i; // the last column keeps a line for "... n more places"
                }
            }
            used += h;
        }
        return key.size();
    }
}
