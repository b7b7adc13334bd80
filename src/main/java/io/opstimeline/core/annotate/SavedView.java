package io.opstimeline.core.annotate;

import java.time.Instant;
import java.util.Objects;

/**
 * A named window with its filter and lane mode ("kind" or "nation"), stored in the sidecar so a
 * briefer can return to it or export a set of them as a pack, one page each.
 */
public record SavedView(String name, Instant start, Instant end, ViewFilter filter, String lanes) {
    public static final String LANES_BY_KIND = "kind";
    public static final String LANES_BY_NATION = "nation";

    public SavedView {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a saved view needs a name");
        }
        if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException("a saved view needs a window with its end after its start");
        }
        filter = filter == null ? ViewFilter.NONE : filter;
        lanes = lanes == null || lanes.isBlank() ? LANES_BY_KIND : lanes;
    }
}
