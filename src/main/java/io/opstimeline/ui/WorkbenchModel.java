package io.opstimeline.ui;

import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.time.TimeWindow;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The state every view shares: one dataset, one time window, one selection, one filter. Views
 * bind to these properties and never talk to each other directly.
 */
public final class WorkbenchModel {
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final StringProperty selectedNation = new SimpleStringProperty(this, "selectedNation");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<FilterMode> mode = new SimpleObjectProperty<>(this, "mode", FilterMode.DIM);

    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    public ObjectProperty<TimeWindow> windowProperty() {
        return window;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** Nation chosen in the nations pane: its records are highlighted, its participation drawn. */
    public StringProperty selectedNationProperty() {
        return selectedNation;
    }

    public ObjectProperty<EventFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<FilterMode> modeProperty() {
        return mode;
    }

    /** Records passing the current filter, in time order. */
    public List<Event> matchingEvents() {
        Dataset d = dataset.get();
        if (d == null) {
            return List.of();
        }
        EventFilter f = filter.get();
        return d.events().stream().filter(e -> f.matches(d, e)).toList();
    }

    public boolean matches(Event e) {
        Dataset d = dataset.get();
        return d != null && filter.get().matches(d, e);
    }
}
