package io.opstimeline.ui.filter;

import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.filter.EventFilter;
import io.opstimeline.core.filter.FilterMode;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.Reliability;
import io.opstimeline.ui.WorkbenchModel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Search and filters, applied by every view through the shared model: text (matches outlined,
 * Enter / Shift+Enter for next / previous), kinds, nations, date range, minimum grading, and
 * whether the rest is dimmed or hidden.
 *
 * <p>One row that never wraps: the controls whose text changes ("Kinds (3)") have fixed widths,
 * so nothing moves under the pointer; on a narrow window the search field gives up width first.
 * The match count sits inside the search field's right end.
 */
public final class FilterBar extends HBox {
    private final WorkbenchModel model;
    private final TextField search = new TextField();
    private final MenuButton kinds = new MenuButton("Kinds");
    private final MenuButton nations = new MenuButton("Nations");
    private final DateField from = new DateField(DateInput.End.FROM, "From");
    private final DateField to = new DateField(DateInput.End.TO, "To");
    private Supplier<ZoneId> zone = () -> java.time.ZoneOffset.UTC;
    private final ComboBox<String> reliability = new ComboBox<>();
    private final ComboBox<String> credibility = new ComboBox<>();
    private final ToggleButton hide = new ToggleButton("Hide others");
    private final Label matches = new Label();
    /** The count whole ("12 of 97 match") and short ("12/97"), and the whole in words on the field's tooltip. */
    private String fullCount = "";

    private String shortCount = "";
    private final Tooltip countTip = new Tooltip();
    private boolean updating;

    public FilterBar(WorkbenchModel model, Consumer<Integer> step) {
        super(6);
        this.model = model;
        getStyleClass().add("filter-bar");
        search.setPromptText("Search (Ctrl+F)");
        search.setId("search");
        search.setPrefColumnCount(18);
        // the match count sits inside the field's right end, as a browser's find bar shows it: beside
        // the row's last button it was cut to "..." on a 1280 px window
        javafx.scene.layout.StackPane searchBox = new javafx.scene.layout.StackPane(search, matches);
        javafx.scene.layout.StackPane.setAlignment(matches, javafx.geometry.Pos.CENTER_RIGHT);
        javafx.scene.layout.StackPane.setMargin(matches, new javafx.geometry.Insets(0, 8, 0, 0));
        matches.setMouseTransparent(true);
        matches.setStyle("-fx-opacity: 0.75;");
        searchBox.setMinWidth(120);
        searchBox.setMaxWidth(420); // on a 3840 px screen the spare width stays spare, not a 2,000 px field
        HBox.setHgrow(searchBox, Priority.SOMETIMES);
        search.setAccessibleText("Search records");
        search.textProperty().addListener((o, a, t) -> {
            apply();
            fitCount();
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                step.accept(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        Button prev = new Button("\u25C0");
        prev.setTooltip(new Tooltip("Previous match (Shift+Enter)"));
        prev.setAccessibleText("Previous match");
        prev.setOnAction(e -> step.accept(-1));
        Button next = new Button("\u25B6");
        next.setTooltip(new Tooltip("Next match (Enter)"));
        next.setAccessibleText("Next match");
        next.setOnAction(e -> step.accept(1));
        kinds.setId("kind-filter");
        nations.setId("nation-filter");
        fixWidth(kinds, "Kinds (99)");
        fixWidth(nations, "Nations (99)");
        from.setId("from-date");
        to.setId("to-date");
        from.dayProperty().addListener((o, a, v) -> apply());
        to.dayProperty().addListener((o, a, v) -> apply());
        reliability.getItems().addAll("Any source", "A", "B or better", "C or better", "D or better", "E or better");
        reliability.getSelectionModel().select(0);
        reliability.setAccessibleText("Minimum source reliability");
        reliability.setTooltip(new Tooltip("Keep records whose best source is at least this reliable (Admiralty A-F)"));
        credibility
                .getItems()
                .addAll("Any credibility", "1", "2 or better", "3 or better", "4 or better", "5 or better");
        credibility.getSelectionModel().select(0);
        credibility.setAccessibleText("Minimum information credibility");
        credibility.setTooltip(
                new Tooltip("Keep records whose information credibility is at least this good (1 best)"));
        reliability.setOnAction(e -> apply());
        credibility.setOnAction(e -> apply());
        hide.setId("hide-others");
        hide.setTooltip(new Tooltip("Hide records outside the filter instead of dimming them"));
        hide.selectedProperty()
                .addListener((o, a, b) -> model.modeProperty().set(b ? FilterMode.HIDE : FilterMode.DIM));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> clear());
        matches.setId("match-count");
        matches.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        search.widthProperty().addListener((o, a, w) -> fitCount());
        for (javafx.scene.control.Control c : List.of(prev, next, reliability, credibility, hide, clear, from, to)) {
            c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(searchBox, prev, next, kinds, nations, from, to, reliability, credibility, hide, clear);
        model.documentProperty().addListener((o, a, d) -> rebuildMenus(d));
        model.filterResultProperty().addListener((o, a, r) -> updateCount());
    }

    /** A width that holds the longest text the control will show, so a change of text moves nothing. */
    private static void fixWidth(javafx.scene.control.Labeled c, String longest) {
        // text, padding and (for a menu button) its arrow; measured once with the control's font
        double w = Math.ceil(textWidth(longest, c.getFont())) + (c instanceof MenuButton ? 36 : 4);
        c.setMinWidth(w);
        c.setPrefWidth(w);
        c.setMaxWidth(w);
    }

    /** The zone the user sees: the date range's days start at 00:00 there. */
    public void setZone(Supplier<ZoneId> shownZone) {
        this.zone = shownZone;
        from.setZone(shownZone);
        to.setZone(shownZone);
        apply();
    }

    /** Ticks only this kind (the context menu's "Show only kind"); the other restrictions stay. */
    public void showOnlyKind(String kindId) {
        tickOnly(kinds, kindId);
    }

    /** Ticks only this nation (the context menu's "Show only nation"); the other restrictions stay. */
    public void showOnlyNation(String nationId) {
        tickOnly(nations, nationId);
    }

    private void tickOnly(MenuButton menu, String id) {
        updating = true;
        menu.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(id.equals(i.getUserData())));
        updating = false;
        apply();
    }

    public DateField fromField() {
        return from;
    }

    public DateField toField() {
        return to;
    }

    public TextField searchField() {
        return search;
    }

    /** The document's kinds (an items file's groups) and, for a dataset, its nations; the bar cleared. */
    private void rebuildMenus(TimelineDocument doc) {
        updating = true;
        kinds.getItems().clear();
        nations.getItems().clear();
        if (doc != null) {
            doc.kindLabels().forEach((id, label) -> kinds.getItems().add(choice(id, label)));
            for (Nation n : doc.dataset().map(Dataset::nations).orElse(List.of())) {
                nations.getItems().add(choice(n.id(), n.name()));
            }
        }
        updating = false;
        clear();
    }

    private CheckMenuItem choice(String id, String label) {
        CheckMenuItem item = new CheckMenuItem(label);
        item.setUserData(id);
        item.setOnAction(e -> apply());
        return item;
    }

    public void clear() {
        updating = true;
        search.clear();
        kinds.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
        nations.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
        from.setDay(null);
        to.setDay(null);
        reliability.getSelectionModel().select(0);
        credibility.getSelectionModel().select(0);
        updating = false;
        // Clear means nothing marked: the nation chosen in the nations pane (its band and highlight) too
        model.selectedNationProperty().set(null);
        apply();
    }

    private static Set<String> checked(MenuButton menu) {
        Set<String> ids = new HashSet<>();
        menu.getItems().forEach(i -> {
            if (((CheckMenuItem) i).isSelected()) {
                ids.add((String) i.getUserData());
            }
        });
        return ids;
    }

    private void apply() {
        if (updating) {
            return;
        }
        ZoneId zone = this.zone.get();
        int r = reliability.getSelectionModel().getSelectedIndex();
        int c = credibility.getSelectionModel().getSelectedIndex();
        Set<String> k = checked(kinds);
        Set<String> n = checked(nations);
        kinds.setText(k.isEmpty() ? "Kinds" : "Kinds (" + k.size() + ")");
        nations.setText(n.isEmpty() ? "Nations" : "Nations (" + n.size() + ")");
        model.filterProperty()
                .set(new EventFilter(
                        search.getText(),
                        k,
                        n,
                        from.getDay() == null
                                ? null
                                : from.getDay().atStartOfDay(zone).toInstant(),
                        to.getDay() == null
                                ? null
                                : to.getDay().plusDays(1).atStartOfDay(zone).toInstant(),
                        r <= 0 ? null : Reliability.values()[r - 1],
                        c <= 0 ? null : c));
    }

    private void updateCount() {
        TimelineDocument doc = model.documentProperty().get();
        if (doc == null || model.filterProperty().get().isEmpty()) {
            fullCount = "";
            matches.setText("");
            search.setTooltip(null);
            return;
        }
        int passing = model.filterResultProperty().get().passingCount(doc.size());
        fullCount = String.format(Locale.ENGLISH, "%,d of %,d match", passing, doc.size());
        shortCount = String.format(Locale.ENGLISH, "%,d/%,d", passing, doc.size());
        // on the field: the count itself lets the pointer through to the field under it
        countTip.setText(fullCount.replace(" match", " records match the search and filters"));
        search.setTooltip(countTip);
        fitCount();
    }

    /**
     * The count as "12 of 97 match" where the field has room beside what is typed, else as "12/97"
     * (the field's tooltip says it whole); the field's text stops short of it.
     */
    private void fitCount() {
        if (fullCount.isEmpty()) {
            search.setStyle("");
            return;
        }
        double typed = textWidth(search.getText(), search.getFont());
        double room = search.getWidth() - typed - 36;
        String text = textWidth(fullCount, matches.getFont()) <= room ? fullCount : shortCount;
        matches.setText(text);
        double reserve = Math.ceil(textWidth(text, matches.getFont())) + 16;
        search.setStyle("-fx-padding: 0.333333em " + reserve + "px 0.333333em 0.583em;");
    }

    private static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }

    /** For tests and saved views: set the range directly. */
    public void setRange(LocalDate f, LocalDate t) {
        from.setDay(f);
        to.setDay(t);
    }
}
