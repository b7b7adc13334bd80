package io.opstimeline.core.layout;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import io.opstimeline.core.model.Nation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which lane(s) each event sits in: by kind (one lane each, in legend order), or by nation (an
 * event involving three nations appears in all three lanes; events naming none share a last lane).
 */
public final class Lanes {
    /** How the timeline groups records into lanes. */
    public enum Mode {
        KIND,
        NATION
    }

    static final String NO_NATION = "(no nation)";
    private final Mode mode;
    private final List<String> ids;
    private final List<String> labels;
    private final Map<String, Integer> index = new HashMap<>();

    private Lanes(Mode mode, List<String> ids, List<String> labels) {
        this.mode = mode;
        this.ids = List.copyOf(ids);
        this.labels = List.copyOf(labels);
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
    }

    public static Lanes of(Dataset dataset, Mode mode) {
        return mode == Mode.NATION ? byNation(dataset) : byKind(dataset);
    }

    public static Lanes byKind(Dataset dataset) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (EventKind k : dataset.kinds()) {
            ids.add(k.id());
            labels.add(k.label());
        }
        return new Lanes(Mode.KIND, ids, labels);
    }

    public static Lanes byNation(Dataset dataset) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Nation n : dataset.nations()) {
            ids.add(n.id());
            labels.add(n.name());
        }
        ids.add(NO_NATION);
        labels.add("No nation");
        return new Lanes(Mode.NATION, ids, labels);
    }

    /** Only the lanes whose ids are given, in their usual order: a briefing page continuing lanes on the next. */
    public Lanes only(java.util.Collection<String> keep) {
        List<String> keptIds = new ArrayList<>();
        List<String> keptLabels = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (keep.contains(ids.get(i))) {
                keptIds.add(ids.get(i));
                keptLabels.add(labels.get(i));
            }
        }
        return new Lanes(mode, keptIds, keptLabels);
    }

    public Mode mode() {
        return mode;
    }

    public int count() {
        return ids.size();
    }

    public String label(int lane) {
        return labels.get(lane);
    }

    public String id(int lane) {
        return ids.get(lane);
    }

    /** The first lane of an event, or -1 if it has none. */
    public int laneOf(Event event) {
        int[] all = lanesOf(event);
        return all.length == 0 ? -1 : all[0];
    }

    /** Every lane the event belongs in. */
    public int[] lanesOf(Event event) {
        if (mode == Mode.KIND) {
            Integer i = index.get(event.kind());
            return i == null ? new int[0] : new int[] {i};
        }
        if (event.nationIds().isEmpty()) {
            Integer none = index.get(NO_NATION); // absent from a subset made by only()
            return none == null ? new int[0] : new int[] {none};
        }
        return event.nationIds().stream()
                .map(index::get)
                .filter(i -> i != null)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
