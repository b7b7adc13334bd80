package io.opstimeline.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.opstimeline.core.date.DateOrder;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.DateBasis;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Fingerprint;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.NationStatus;
import io.opstimeline.core.model.ParticipationSpan;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.Quote;
import io.opstimeline.core.model.Reliability;
import io.opstimeline.core.model.ReportedTotal;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import io.opstimeline.core.model.Source;
import io.opstimeline.core.model.TextLimits;
import io.opstimeline.core.model.TimeSpec;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Second stage of loading: the tree already matches the schema; this checks what a schema
 * cannot (unique ids, references that resolve, real dates in order) and builds the model.
 * Every problem is collected; the model is only returned when there are none.
 */
final class DatasetReader {
    /** As many lanes as the index can hold ({@link io.opstimeline.core.index.ItemStoreBuilder#MAX_LANES}). */
    private static final int MAX_LANES = io.opstimeline.core.index.ItemStoreBuilder.MAX_LANES;

    private final String file;
    private final LocatedJson json;
    private final List<LoadProblem> problems = new ArrayList<>();
    private ZoneId zone = ZoneOffset.UTC;
    private final Map<String, String> sourceIds = new HashMap<>();
    private final Map<String, String> nationIds = new HashMap<>();
    private final Map<String, String> placeIds = new HashMap<>();

    DatasetReader(String file, LocatedJson json) {
        this.file = file;
        this.json = json;
    }

    /**
     * Runs only the checks, for a file that already failed the schema, so one pass reports the
     * reference and date problems too. The tree may have any shape here, so a check that trips
     * over it is simply skipped: the schema problems already explain that part.
     */
    List<LoadProblem> checkOnly() {
        try {
            read(null);
        } catch (DatasetLoadException e) {
            return e.problems();
        } catch (RuntimeException e) {
            return List.copyOf(problems);
        }
        return List.of();
    }

    Dataset read(Fingerprint fingerprint) throws DatasetLoadException {
        JsonNode root = json.root();
        if (root.has("timeZone")) {
            try {
                zone = ZoneId.of(root.get("timeZone").asText());
            } catch (DateTimeException e) {
                problem(
                        "/timeZone",
                        "unknown zone \"" + root.get("timeZone").asText()
                                + "\"; use an IANA id such as UTC or Europe/Brussels");
            }
        }
        List<Source> sources = readSources(root.path("sources"));
        List<Nation> nations = readNations(root.path("nations"));
        List<Place> places = PlacesReader.read(root.path("places"), new PlacesReader.Checks() {
            @Override
            public void unique(String id, String at) {
                DatasetReader.this.unique(placeIds, id, at, "place");
            }

            @Override
            public String sourceRef(String id, String at) {
                return DatasetReader.this.sourceRef(id, at);
            }

            @Override
            public void problem(String at, String message) {
                DatasetReader.this.problem(at, message);
            }
        });
        Map<String, EventKind> kinds = readKinds(root.path("kinds"));
        List<Event> events = readEvents(root.path("events"), kinds);
        List<Series> series = readSeries(root.path("series"));
        drawableTitle(root, "", "title");
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
            throw new DatasetLoadException(problems);
        }
        return new Dataset(
                root.get("title").asText(),
                zone,
                text(root, "classification"),
                List.copyOf(kinds.values()),
                sources,
                nations,
                places,
                events,
                series,
                fingerprint);
    }

    private List<Source> readSources(JsonNode array) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = "/sources/" + i;
            String id = n.get("id").asText();
            unique(sourceIds, id, at, "source");
            out.add(new Source(
                    id,
                    n.get("title").asText(),
                    text(n, "publisher"),
                    date(n, at, "date"),
                    text(n, "url"),
                    text(n, "quote"),
                    n.has("reliability")
                            ? Reliability.valueOf(n.get("reliability").asText())
                            : null));
        }
        return out;
    }

    private List<Nation> readNations(JsonNode array) {
        List<Nation> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = "/nations/" + i;
            unique(nationIds, n.get("id").asText(), at, "nation");
            drawableTitle(n, at, "name");
            if (i == MAX_LANES - 1) {
                problem(
                        at,
                        "more than " + (MAX_LANES - 1) + " nations; the timeline's nation lanes (one per nation"
                                + " and one for records naming none) can be at most " + MAX_LANES);
            }
            List<ParticipationSpan> spans = new ArrayList<>();
            JsonNode ps = n.path("participation");
            for (int j = 0; j < ps.size(); j++) {
                String pat = at + "/participation/" + j;
                TimeSpec start = date(ps.get(j), pat, "start");
                TimeSpec end = date(ps.get(j), pat, "end");
                ordered(start, end, pat + "/end", "participation end", "its start");
                spans.add(new ParticipationSpan(start, end, text(ps.get(j), "note")));
            }
            List<ReportedTotal> totals = new ArrayList<>();
            JsonNode ts = n.path("totals");
            for (int j = 0; j < ts.size(); j++) {
                JsonNode t = ts.get(j);
                String tat = at + "/totals/" + j;
                totals.add(new ReportedTotal(
                        t.get("label").asText(),
                        finite(t, tat, "value"),
                        t.path("approximate").asBoolean(false),
                        date(t, tat, "asOf"),
                        sourceRef(t.get("source").asText(), tat + "/source")));
            }
            out.add(new Nation(
                    n.get("id").asText(),
                    n.get("name").asText(),
                    NationStatus.valueOf(n.get("status").asText().toUpperCase(Locale.ROOT)),
                    strings(n.path("assets")),
                    n.has("strikeMissions") ? n.get("strikeMissions").asBoolean() : null,
                    spans,
                    totals,
                    sourceRefs(n.path("sources"), at + "/sources")));
        }
        return out;
    }

    private Map<String, EventKind> readKinds(JsonNode array) {
        Map<String, EventKind> kinds = new LinkedHashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode k = array.get(i);
            String id = k.get("id").asText();
            unique(seen, id, "/kinds/" + i, "kind");
            drawableTitle(k, "/kinds/" + i, "label");
            if (i == MAX_LANES) {
                problem("/kinds/" + i, tooManyKinds());
            }
            Rgb color = k.has("color") ? Rgb.parse(k.get("color").asText()) : EventKind.paletteColor(kinds.size());
            kinds.put(id, new EventKind(id, k.get("label").asText(), color));
        }
        return kinds;
    }

    private List<Event> readEvents(JsonNode array, Map<String, EventKind> kinds) {
        List<Event> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = "/events/" + i;
            String id = n.get("id").asText();
            unique(seen, id, at, "event");
            String kind = n.get("kind").asText();
            // The set of kinds is open: an undeclared kind gets a legend entry of its own.
            if (!kinds.containsKey(kind) && kinds.size() == MAX_LANES) {
                problem(at + "/kind", tooManyKinds()); // once: the 128th kind, declared or not
            }
            kinds.computeIfAbsent(kind, k -> new EventKind(k, k, EventKind.paletteColor(kinds.size())));
            drawableTitle(n, at, "title");
            TimeSpec start = date(n, at, "start");
            TimeSpec end = date(n, at, "end");
            TimeSpec earliest = date(n, at, "earliest");
            TimeSpec latest = date(n, at, "latest");
            ordered(start, end, at + "/end", "end", "start");
            ordered(earliest, latest, at + "/latest", "latest", "earliest");
            ordered(earliest, start, at + "/start", "start", "earliest");
            List<String> nations = new ArrayList<>();
            JsonNode ns = n.path("nations");
            for (int j = 0; j < ns.size(); j++) {
                String nid = ns.get(j).asText();
                if (!nationIds.containsKey(nid)) {
                    problem(at + "/nations/" + j, "unknown nation \"" + nid + "\"; it is not in \"nations\"");
                }
                nations.add(nid);
            }
            List<String> places = new ArrayList<>();
            JsonNode pls = n.path("places");
            for (int j = 0; j < pls.size(); j++) {
                String pid = pls.get(j).asText();
                if (!placeIds.containsKey(pid)) {
                    problem(at + "/places/" + j, "unknown place \"" + pid + "\"; it is not in \"places\"");
                }
                places.add(pid);
            }
            List<Quote> quotes = new ArrayList<>();
            JsonNode qs = n.path("quotes");
            for (int j = 0; j < qs.size(); j++) {
                JsonNode q = qs.get(j);
                String src =
                        q.has("source") ? sourceRef(q.get("source").asText(), at + "/quotes/" + j + "/source") : null;
                quotes.add(new Quote(q.get("speaker").asText(), q.get("text").asText(), src));
            }
            List<String> sources = sourceRefs(n.path("sources"), at + "/sources");
            if (start == null) {
                continue; // already reported; keep checking the rest of the file
            }
            out.add(new Event(
                    id,
                    kind,
                    n.get("title").asText(),
                    start,
                    end,
                    n.path("approximate").asBoolean(false),
                    earliest,
                    latest,
                    text(n, "location"),
                    nations,
                    strings(n.path("people")),
                    text(n, "summary"),
                    quotes,
                    sources,
                    n.has("credibility") ? n.get("credibility").asInt() : null,
                    strings(n.path("tags")),
                    places));
        }
        return out;
    }

    private List<Series> readSeries(JsonNode array) {
        List<Series> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = "/series/" + i;
            unique(seen, n.get("id").asText(), at, "series");
            drawableTitle(n, at, "name");
            List<SeriesPoint> points = new ArrayList<>();
            JsonNode ps = n.get("points");
            for (int j = 0; j < ps.size(); j++) {
                JsonNode p = ps.get(j);
                String pat = at + "/points/" + j;
                TimeSpec date = date(p, pat, "date");
                Double value = p.get("value").isNull() ? null : finite(p, pat, "value");
                String src = p.has("source") ? sourceRef(p.get("source").asText(), pat + "/source") : null;
                DateBasis basis = p.has("dateBasis")
                        ? DateBasis.valueOf(p.get("dateBasis").asText().toUpperCase(Locale.ROOT))
                        : DateBasis.EXACT;
                if (date != null) {
                    points.add(
                            new SeriesPoint(date, value, p.path("approximate").asBoolean(false), basis, src));
                }
            }
            points.sort(Comparator.comparing(p -> p.date().instant()));
            out.add(new Series(
                    n.get("id").asText(),
                    n.get("name").asText(),
                    text(n, "unit"),
                    n.path("cumulative").asBoolean(false),
                    points));
        }
        return out;
    }

    private static String tooManyKinds() {
        return "more than " + MAX_LANES + " kinds; the timeline draws one lane per kind and can hold at most "
                + MAX_LANES + ": merge kinds";
    }

    /** Titles, labels and names are drawn on every frame: see {@link TextLimits}. */
    private void drawableTitle(JsonNode n, String at, String field) {
        JsonNode v = n.get(field);
        if (v != null && v.isTextual()) {
            String why = TextLimits.titleProblem(v.asText());
            if (why != null) {
                problem(at + "/" + field, why);
            }
        }
    }

    private void unique(Map<String, String> seen, String id, String at, String what) {
        String first = seen.putIfAbsent(id, at);
        if (first != null) {
            int[] firstPos = json.position(first);
            problem(at + "/id", "duplicate " + what + " id \"" + id + "\" (first defined at line " + firstPos[0] + ")");
        }
    }

    private String sourceRef(String id, String at) {
        if (!sourceIds.containsKey(id)) {
            problem(at, "unknown source \"" + id + "\"; it is not in \"sources\"");
        }
        return id;
    }

    private List<String> sourceRefs(JsonNode array, String at) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < array.size(); j++) {
            out.add(sourceRef(array.get(j).asText(), at + "/" + j));
        }
        return out;
    }

    private TimeSpec date(JsonNode n, String at, String field) {
        if (!n.has(field)) {
            return null;
        }
        try {
            return DateParser.parse(n.get(field).asText(), zone);
        } catch (IllegalArgumentException e) {
            problem(at + "/" + field, e.getMessage());
            return null;
        }
    }

    private void ordered(TimeSpec first, TimeSpec second, String at, String secondName, String firstName) {
        if (first != null && second != null && DateOrder.isBefore(second, first)) {
            problem(at, secondName + " " + second.display() + " is before " + firstName + " " + first.display());
        }
    }

    private double finite(JsonNode n, String at, String field) {
        double v = n.get(field).asDouble();
        if (!Double.isFinite(v)) {
            problem(at + "/" + field, n.get(field) + " is too large to be a number we can use");
            return 0;
        }
        return v;
    }

    private static String text(JsonNode n, String field) {
        return n.has(field) ? n.get(field).asText() : null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(s -> out.add(s.asText()));
        return out;
    }

    private void problem(String pointer, String message) {
        int[] pos = json.position(pointer);
        problems.add(new LoadProblem(file, pos[0], pos[1], readable(pointer) + ": " + message));
    }

    /** "/events/3/start" as "events[3].start", the way the schema problems name places. */
    static String readable(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".")
                        .append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
