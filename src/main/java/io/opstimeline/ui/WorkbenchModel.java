package io.opstimeline.ui;

import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.document.FilterResult;
import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Every piece of state the views share: the open document, the time window, the selection, the filter
 * and its mode, the zone, the theme, the lane mode, the series shown and the legend. Views bind to
 * these properties and never to each other; menus and export read them here, not from a view.
 *
 * <p>The document is what is open, a dataset's or an items file's; {@link #datasetProperty()} is
 * the dataset behind it (null for an items file), for the views only a dataset feeds (series,
 * nations, map). The filter is applied to the document once, here, and every view reads that
 * one {@link #filterResultProperty() result}.
 */
public final class WorkbenchModel {
    private final ObjectProperty<TimelineDocument> document = new SimpleObjectProperty<>(this, "document");
    private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ReadOnlyObjectWrapper<FilterResult> filterResult =
            new ReadOnlyObjectWrapper<>(this, "filterResult", FilterResult.NONE);
    private final ObjectProperty<TimeWindow> window = new SimpleObjectProperty<>(this, "window");
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final StringProperty selectedNation = new SimpleStringProperty(this, "selectedNation");
    private final ObjectProperty<EventFilter> filter = new SimpleObjectProperty<>(this, "filter", EventFilter.NONE);
    private final ObjectProperty<FilterMode> mode = new SimpleObjectProperty<>(this, "mode", FilterMode.DIM);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme", Theme.LIGHT);
    private final ObjectProperty<Lanes.Mode> laneMode = new SimpleObjectProperty<>(this, "laneMode", Lanes.Mode.KIND);
    private final ObjectProperty<Set<String>> shownSeries = new SimpleObjectProperty<>(this, "shownSeries", Set.of());
    private final BooleanProperty dailySeries = new SimpleBooleanProperty(this, "dailySeries", false);
    private final BooleanProperty legendShown = new SimpleBooleanProperty(this, "legendShown", false);

    public WorkbenchModel() {
        // listeners added first run first: dataset and document agree, and the filter's result is
        // up to date, before any view hears of a change
        dataset.addListener((o, was, d) -> {
            if (d == null
                    ? document.get() != null && document.get().dataset().isPresent()
                    : document.get() == null || document.get().dataset().orElse(null) != d) {
                document.set(d == null ? null : TimelineDocument.of(d));
            }
        });
        document.addListener((o, was, doc) -> {
            Dataset d = doc == null ? null : doc.dataset().orElse(null);
            if (dataset.get() != d) {
                dataset.set(d);
            }
        });
        document.addListener((o, was, doc) -> applyFilter());
        filter.addListener((o, was, f) -> applyFilter());
    }

    private void applyFilter() {
        TimelineDocument doc = document.get();
        filterResult.set(doc == null ? FilterResult.NONE : doc.apply(filter.get()));
    }

    /** What is open: a dataset or an items file; null for nothing. */
    public ObjectProperty<TimelineDocument> documentProperty() {
        return document;
    }

    /** The dataset behind the document; setting one opens it as the document. Null for an items file. */
    public ObjectProperty<Dataset> datasetProperty() {
        return dataset;
    }

    /** The records of the document the filter keeps and those its text finds. */
    public ReadOnlyObjectProperty<FilterResult> filterResultProperty() {
        return filterResult.getReadOnlyProperty();
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

    /** The zone times are shown in; null means the open file's own (see {@link #effectiveZone()}). */
    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    /** Lanes by event kind (default) or by nation. */
    public ObjectProperty<Lanes.Mode> laneModeProperty() {
        return laneMode;
    }

    /** Ids of the series the chart draws. */
    public ObjectProperty<Set<String>> shownSeriesProperty() {
        return shownSeries;
    }

    /** The chart draws daily increments instead of cumulative totals. */
    public BooleanProperty dailySeriesProperty() {
        return dailySeries;
    }

    /** Whether the legend of symbols shows over the timeline (View > Legend of symbols, L). */
    public BooleanProperty legendShownProperty() {
        return legendShown;
    }

    /** The zone times are shown in now: the chosen one, else the open file's own, else UTC. */
    public ZoneId effectiveZone() {
        if (zone.get() != null) {
            return zone.get();
        }
        return document.get() == null ? TimelineDocument.UTC : document.get().zone();
    }

    /** The filter as annotations and saved views keep it. */
    public ViewFilter viewFilter() {
        return ViewFilter.from(filter.get(), mode.get());
    }

    /** What the screen shows, as a briefing page draws it; null when no dataset is open. */
    public BriefingView briefingView() {
        TimeWindow w = window.get();
        if (dataset.get() == null || w == null) {
            return null;
        }
        return new BriefingView(null, w, viewFilter(), lanesName());
    }

    /** The window, filter and lanes shown now, under a name; null while there is no window. */
    public SavedView savedView(String name) {
        TimeWindow w = window.get();
        return w == null
                ? null
                : new SavedView(
                        name,
                        Instant.ofEpochMilli(w.start()),
                        Instant.ofEpochMilli(w.end()),
                        viewFilter(),
                        lanesName());
    }

    /** Shows a saved view: its lanes, its window, its filter and filter mode. */
    public void show(SavedView v) {
        laneMode.set(SavedView.LANES_BY_NATION.equals(v.lanes()) ? Lanes.Mode.NATION : Lanes.Mode.KIND);
        window.set(new TimeWindow(v.start().toEpochMilli(), v.end().toEpochMilli()));
        ViewFilter f = v.filter();
        mode.set(f.mode());
        filter.set(f.toEventFilter());
    }

    /** The lane mode as saved views and briefing pages name it (the only place the two meet). */
    private String lanesName() {
        return laneMode.get() == Lanes.Mode.NATION ? SavedView.LANES_BY_NATION : SavedView.LANES_BY_KIND;
    }

    /**
     * The dataset's records passing the current filter, in time order; none for an items file. Read
     * from the one filter result, as the timeline and the table read it.
     */
    public List<Event> matchingEvents() {
        Dataset d = dataset.get();
        return d == null ? List.of() : d.events().stream().filter(this::matches).toList();
    }

    /** Whether a dataset record passes the current filter. */
    public boolean matches(Event e) {
        TimelineDocument doc = document.get();
        int record = doc == null ? -1 : doc.indexOf(e.id());
        return record >= 0 && filterResult.get().passes(record);
    }

    /**
     * Whether the dataset's event at {@code position} in {@code dataset.events()} passes the current
     * filter: as {@link #matches}, without looking the record up by its id.
     */
    public boolean matchesAt(int position) {
        TimelineDocument doc = document.get();
        int record = doc == null ? -1 : doc.recordAt(position);
        return record >= 0 && filterResult.get().passes(record);
    }
}
