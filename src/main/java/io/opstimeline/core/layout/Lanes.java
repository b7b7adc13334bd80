package io.opstimeline.core.layout;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.EventKind;
import java.util.ArrayList;
import java.util.List;

/** Which lane each event sits in. For now lanes are the event kinds, in legend order. */
public final class Lanes {
    private final List<String> ids;
    private final List<String> labels;

    private Lanes(List<String> ids, List<String> labels) {
        this.ids = List.copyOf(ids);
        this.labels = List.copyOf(labels);
    }

    public static Lanes byKind(Dataset dataset) {
        List<String> ids = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (EventKind k : dataset.kinds()) {
            ids.add(k.id());
            labels.add(k.label());
        }
        return new Lanes(ids, labels);
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

    public int laneOf(Event event) {
        return ids.indexOf(event.kind());
    }
}
