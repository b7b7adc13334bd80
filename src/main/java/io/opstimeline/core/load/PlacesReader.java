package io.opstimeline.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.model.PlaceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the file's {@code places} list for {@link DatasetReader}: ids unique, coordinates on the
 * globe, the coordinate source a known source. Kept apart so the reader stays about records; the
 * checks it shares with the rest of the file (ids, sources, where to report) come in as
 * {@link Checks}.
 */
final class PlacesReader {
    /** The words both the schema check and this reader use, so one problem is reported once. */
    static String latitudeProblem(String value) {
        return "latitude must be between -90 and 90 degrees (north positive), found " + value;
    }

    static String longitudeProblem(String value) {
        return "longitude must be between -180 and 180 degrees (east positive), found " + value;
    }

    /** Worded as the schema check words an enum, so the two paths report the same line once. */
    static String kindProblem(JsonNode value) {
        StringBuilder allowed = new StringBuilder();
        for (PlaceKind k : PlaceKind.values()) {
            allowed.append(allowed.length() == 0 ? "" : ", ")
                    .append('"')
                    .append(k.word())
                    .append('"');
        }
        return "expected one of " + allowed + ", found " + value;
    }

    interface Checks {
        void unique(String id, String at);

        String sourceRef(String id, String at);

        void problem(String at, String message);
    }

    private PlacesReader() {}

    static List<Place> read(JsonNode array, Checks checks) {
        List<Place> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = "/places/" + i;
            String id = n.get("id").asText();
            checks.unique(id, at);
            JsonNode lat = n.get("latitude");
            JsonNode lon = n.get("longitude");
            boolean onGlobe = isNumber(lat) && isNumber(lon); // else the schema has said what is missing
            if (isNumber(lat) && !inRange(lat, 90)) {
                checks.problem(at + "/latitude", latitudeProblem(lat.toString()));
                onGlobe = false;
            }
            if (isNumber(lon) && !inRange(lon, 180)) {
                checks.problem(at + "/longitude", longitudeProblem(lon.toString()));
                onGlobe = false;
            }
            PlaceKind kind;
            try {
                kind = n.has("kind") ? PlaceKind.fromWord(n.get("kind").asText()) : PlaceKind.SITE;
            } catch (IllegalArgumentException e) {
                // The schema names the allowed words; this only guards the bundled path that skips it.
                checks.problem(at + "/kind", kindProblem(n.get("kind")));
                kind = PlaceKind.SITE;
            }
            String source = n.has("source") ? checks.sourceRef(n.get("source").asText(), at + "/source") : null;
            List<String> otherNames = new ArrayList<>();
            n.path("otherNames").forEach(s -> otherNames.add(s.asText()));
            if (onGlobe) {
                out.add(new Place(
                        id, n.get("name").asText(), otherNames, lat.asDouble(), lon.asDouble(), kind, source));
            }
        }
        return out;
    }

    private static boolean isNumber(JsonNode value) {
        return value != null && value.isNumber();
    }

    private static boolean inRange(JsonNode value, double limit) {
        double v = value.asDouble();
        return Double.isFinite(v) && v >= -limit && v <= limit;
    }
}
