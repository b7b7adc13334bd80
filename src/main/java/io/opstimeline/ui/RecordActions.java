package io.opstimeline.ui;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Source;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * What can be done to one record, the same wherever it is right-clicked (table rows here; the
 * timeline reuses it): copy its citation or id, open its sources, annotate it, narrow the filter
 * to its kind or one of its nations. Built fresh per record, so every item fits that record
 * (a record without web sources offers no "Open source").
 */
public final class RecordActions {
    /** What the workbench does when an action is chosen; each takes the record's id or a kind/nation id. */
    public record Handlers(
            Consumer<String> openUrl,
            Consumer<String> annotate,
            Consumer<String> filterToKind,
            Consumer<String> filterToNation) {}

    private final WorkbenchModel model;
    private final Handlers handlers;

    public RecordActions(WorkbenchModel model, Handlers handlers) {
        this.model = model;
        this.handlers = handlers;
    }

    /** The menu for this record, or empty when no dataset holds it (an items-file row, a stale id). */
    public Optional<ContextMenu> menuFor(String eventId) {
        Dataset d = model.datasetProperty().get();
        Optional<Event> found = d == null || eventId == null ? Optional.empty() : d.event(eventId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Event e = found.get();
        ContextMenu menu = new ContextMenu();
        menu.getItems().add(item("Copy citation", "copy-citation", () -> copy(citation(d, e))));
        menu.getItems().add(item("Copy id", "copy-id", () -> copy(e.id())));
        List<Source> web = e.sourceIds().stream()
                .map(d::source)
                .flatMap(Optional::stream)
                .filter(s -> s.browsableUrl().isPresent())
                .toList();
        for (Source s : web) {
            menu.getItems()
                    .add(item(
                            "Open source: " + s.title(),
                            null,
                            () -> handlers.openUrl().accept(s.browsableUrl().get())));
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item("Add a note\u2026", "annotate-record", () -> {
            model.selectedIdProperty().set(e.id());
            handlers.annotate().accept(e.id());
        }));
        String kindLabel =
                d.kind(e.kind()) == null ? e.kind() : d.kind(e.kind()).label();
        menu.getItems()
                .add(item(
                        "Show only kind \u201c" + kindLabel + "\u201d",
                        "filter-kind",
                        () -> handlers.filterToKind().accept(e.kind())));
        if (e.nationIds().size() == 1) {
            String n = e.nationIds().get(0);
            menu.getItems()
                    .add(item(
                            "Show only nation \u201c" + nationName(d, n) + "\u201d",
                            "filter-nation",
                            () -> handlers.filterToNation().accept(n)));
        } else if (!e.nationIds().isEmpty()) {
            Menu nations = new Menu("Show only nation");
            nations.setId("filter-nation");
            for (String n : e.nationIds()) {
                nations.getItems()
                        .add(item(
                                nationName(d, n),
                                null,
                                () -> handlers.filterToNation().accept(n)));
            }
            menu.getItems().add(nations);
        }
        return Optional.of(menu);
    }

    private static String nationName(Dataset d, String id) {
        return d.nation(id).map(n -> n.name()).orElse(id);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false); // a title with "_" stays as written
        item.setId(id);
        item.setOnAction(ev -> action.run());
        return item;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * A citation for a briefing note: title, dates at the precision the source gave, grading and
     * id, then each source with publisher, date and reliability, as the detail pane lists them.
     */
    public static String citation(Dataset d, Event e) {
        String when = e.start().display()
                + (e.end() == null ? "" : " \u2013 " + e.end().display())
                + (e.isUncertain() ? " (approximate)" : "");
        String grading = d.grading(e).map(g -> ", grading " + g).orElse("");
        String sources = e.sourceIds().stream()
                .map(id -> d.source(id).map(RecordActions::sourceLine).orElse(id))
                .collect(Collectors.joining("; "));
        return e.title() + ", " + when + grading + " [" + e.id() + "]"
                + (sources.isEmpty() ? "" : "\nSources: " + sources);
    }

    private static String sourceLine(Source s) {
        return s.title()
                + (s.publisher() == null ? "" : " \u2014 " + s.publisher())
                + (s.date() == null ? "" : ", " + s.date().display())
                + (s.reliability() == null ? "" : " [" + s.reliability() + "]")
                + (s.url() == null ? "" : " " + s.url());
    }
}
