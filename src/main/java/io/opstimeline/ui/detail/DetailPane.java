package io.opstimeline.ui.detail;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.model.Credibility;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Quote;
import io.opstimeline.core.model.Source;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The selected record in full: dates with their precision, grading, nations, quotes and
 * sources. Links go to {@code openUrl}, which only ever receives http or https addresses.
 */
public final class DetailPane extends ScrollPane {
    private final VBox content = new VBox(6);
    private final Consumer<String> openUrl;

    public DetailPane(Consumer<String> openUrl) {
        this.openUrl = openUrl;
        getStyleClass().add("detail-pane");
        content.setPadding(new Insets(12));
        content.setFillWidth(true);
        setContent(content);
        setFitToWidth(true);
        // reachable by keyboard (F6, Tab), so its text can be scrolled with the arrow keys and read aloud
        setFocusTraversable(true);
        setAccessibleText("Record details");
        show(null, -1, null);
    }

    /**
     * A record of the open document in full, {@code record} negative for none: everything a
     * dataset holds of it, or what an items file does (title, group, times, id). Times of an
     * items file are shown in {@code zone}; a dataset's are described as written.
     */
    public void show(TimelineDocument doc, int record, ZoneId zone) {
        content.getChildren().clear();
        if (doc == null || record < 0 || record >= doc.size()) {
            Label hint = text("Select a record on the timeline (click, or Tab through them) to read it here.", "hint");
            content.getChildren().add(hint);
            return;
        }
        content.getChildren().add(text(doc.records().title(record), "detail-title"));
        content.getChildren().add(text(doc.kindLabel(record), "detail-kind"));
        Event event = doc.event(record);
        if (event == null) {
            String end = doc.endText(record, zone);
            field("When", doc.startText(record, zone) + (end.isEmpty() ? "" : " \u2013 " + end));
            field("Type", end.isEmpty() ? "point" : "range");
            field("Id", doc.records().id(record));
            content.getChildren().add(text("From an items file: it carries no sources, nations or grading.", "hint"));
            return;
        }
        Dataset dataset = doc.dataset().orElseThrow();
        field("When", DateText.describe(event));
        dataset.grading(event).ifPresent(g -> field("Grading", g + gradingMeaning(dataset, event)));
        field("Location", event.location());
        if (!event.nationIds().isEmpty()) {
            field(
                    "Nations",
                    event.nationIds().stream()
                            .map(id -> dataset.nation(id).map(n -> n.name()).orElse(id))
                            .collect(Collectors.joining(", ")));
        }
        if (!event.people().isEmpty()) {
            field("People", String.join(", ", event.people()));
        }
        if (event.summary() != null) {
            content.getChildren().add(text(event.summary(), "detail-summary"));
        }
        for (Quote q : event.quotes()) {
            Label quote = text("\u201C" + q.text() + "\u201D \u2014 " + q.speaker(), "detail-quote");
            content.getChildren().add(quote);
        }
        sources(dataset, event.sourceIds());
        if (!event.tags().isEmpty()) {
            field("Tags", String.join(", ", event.tags()));
        }
        field("Id", event.id());
    }

    private static String gradingMeaning(Dataset dataset, Event event) {
        String reliability = event.sourceIds().stream()
                .map(dataset::source)
                .flatMap(java.util.Optional::stream)
                .map(Source::reliability)
                .filter(r -> r != null)
                .min(Enum::compareTo)
                .map(r -> r.meaning().toLowerCase(java.util.Locale.ROOT) + " source")
                .orElse(null);
        String credibility = event.credibility() == null
                ? null
                : Credibility.meaning(event.credibility()).toLowerCase(java.util.Locale.ROOT);
        String both = java.util.stream.Stream.of(reliability, credibility)
                .filter(s -> s != null)
                .collect(Collectors.joining("; "));
        return both.isEmpty() ? "" : " (" + both + ")";
    }

    private void sources(Dataset dataset, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        content.getChildren().add(text("Sources", "detail-heading"));
        for (String id : ids) {
            Source s = dataset.source(id).orElse(null);
            if (s == null) {
                continue;
            }
            String line = s.title()
                    + (s.publisher() == null ? "" : " \u2014 " + s.publisher())
                    + (s.date() == null ? "" : ", " + s.date().display())
                    + (s.reliability() == null ? "" : " [" + s.reliability() + "]");
            if (s.browsableUrl().isPresent()) {
                Hyperlink link = new Hyperlink(line);
                link.setWrapText(true);
                link.setTooltip(new Tooltip(s.url()));
                link.setOnAction(e -> openUrl.accept(s.browsableUrl().get()));
                content.getChildren().add(link);
            } else {
                content.getChildren().add(text(line, "detail-source"));
            }
            if (s.quote() != null) {
                content.getChildren().add(text("\u201C" + s.quote() + "\u201D", "detail-source-quote"));
            }
        }
    }

    private void field(String name, String value) {
        if (value != null && !value.isBlank()) {
            Label l = text(name + ": " + value, "detail-field");
            content.getChildren().add(l);
        }
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
