package io.opstimeline.ui;

import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.timeline.TimelineView;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;

/** The menu bar; every command also has a keyboard shortcut. */
final class MainMenus {
    private final MainWindow window;
    private final Menu recent = new Menu("Open _Recent");

    MainMenus(MainWindow window) {
        this.window = window;
    }

    MenuBar build() {
        MenuItem open = item("_Open\u2026", "Shortcut+O", this::chooseAndOpen);
        MenuItem importCsv = item(
                "_Import CSV\u2026",
                "Shortcut+I",
                () -> io.opstimeline.ui.importer.ImportDialog.run(
                        window.getScene().getWindow(), window::open, window.datasetProperty()::set));
        Menu file = new Menu("_File", null, open, recent, importCsv, new SeparatorMenuItem());
        file.getItems().addAll(window.export().fileMenuItems());
        file.getItems()
                .add(item(
                        "_Print\u2026",
                        "Shortcut+P",
                        () -> PrintBriefing.print(
                                window.getScene().getWindow(), window::currentBriefing, window::showStatus)));
        file.getItems().addAll(new SeparatorMenuItem(), item("E_xit", "Shortcut+Q", Platform::exit));
        file.setOnShowing(e -> fillRecent());
        fillRecent();
        Menu view = new Menu(
                "_View",
                null,
                item("Show _everything", "Shortcut+0", () -> window.timeline().fitAll()),
                item("Zoom _in", "Shortcut+EQUALS", () -> zoom(0.7)),
                item("Zoom _out", "Shortcut+MINUS", () -> zoom(1 / 0.7)),
                item(
                        "_Find",
                        "Shortcut+F",
                        () -> window.filterBar().searchField().requestFocus()),
                new SeparatorMenuItem(),
                lanesMenu(),
                zoneMenu(),
                darkTheme(),
                legend());
        Menu help = new Menu(
                "_Help",
                null,
                item("_User guide", "F1", () -> {
                    Alert guide = UserGuide.dialog(window.getScene().getWindow());
                    Dialogs.fitScreen(guide); // 32 rows of text: taller than a small screen
                    guide.show();
                }),
                item(
                        "_Keyboard shortcuts",
                        "Shortcut+SLASH",
                        () -> KeyboardShortcuts.dialog(window.getScene().getWindow(), window.menuBar())
                                .show()),
                item(
                        "_About Ops Timeline",
                        "Shift+F1",
                        () -> AboutDialog.create(window.getScene().getWindow()).show()));
        return new MenuBar(
                file,
                window.annotations().editMenu(),
                view,
                window.annotations().annotateMenu(),
                window.annotations().viewsMenu(),
                help);
    }

    private static MenuItem item(String text, String keys, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (keys != null) {
            item.setAccelerator(KeyCombination.keyCombination(keys));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path p : window.settings().recentFiles()) {
            recent.getItems().add(item(p.toString(), null, () -> window.open(p)));
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void zoom(double factor) {
        TimeWindow w = window.model().windowProperty().get();
        if (w != null) {
            window.model().windowProperty().set(w.zoom(factor, w.center()));
        }
    }

    private Menu lanesMenu() {
        Menu menu = new Menu("_Lanes");
        ToggleGroup group = new ToggleGroup();
        String saved = window.settings().get("lanes", "KIND");
        for (Lanes.Mode mode : Lanes.Mode.values()) {
            RadioMenuItem item = new RadioMenuItem(mode == Lanes.Mode.KIND ? "By _kind" : "By _nation");
            item.setAccelerator(
                    KeyCombination.keyCombination(mode == Lanes.Mode.KIND ? "Shortcut+Shift+K" : "Shortcut+Shift+N"));
            item.setToggleGroup(group);
            item.setSelected(mode.name().equals(saved));
            item.setOnAction(e -> {
                window.model().laneModeProperty().set(mode);
                window.settings().put("lanes", mode.name());
            });
            menu.getItems().add(item);
        }
        window.model().laneModeProperty().set("NATION".equals(saved) ? Lanes.Mode.NATION : Lanes.Mode.KIND);
        return menu;
    }

    private Menu zoneMenu() {
        Menu menu = new Menu("Time _zone");
        menu.setOnShowing(e -> fillZones(menu));
        fillZones(menu);
        setZone(window.settings().get("zone", ""));
        return menu;
    }

    /** The dataset's zone, UTC, local, the recently chosen ones, and any other through a search. */
    private void fillZones(Menu menu) {
        ToggleGroup group = new ToggleGroup();
        String saved = window.settings().get("zone", "");
        List<String[]> choices = new ArrayList<>();
        var d = window.datasetProperty().get();
        choices.add(new String[] {
            "Dataset's zone" + (d == null ? "" : " (" + d.timeZone().getId() + ")"), ""
        });
        choices.add(new String[] {"UTC", "UTC"});
        choices.add(new String[] {
            "Local (" + ZoneId.systemDefault().getId() + ")",
            ZoneId.systemDefault().getId()
        });
        for (String id : ZoneChooser.recent(window.settings())) {
            if (choices.stream().noneMatch(c -> c[1].equals(id))) {
                choices.add(new String[] {id, id});
            }
        }
        if (!saved.isEmpty() && choices.stream().noneMatch(c -> c[1].equals(saved))) {
            choices.add(new String[] {saved, saved});
        }
        menu.getItems().clear();
        for (String[] c : choices) {
            RadioMenuItem item = new RadioMenuItem(c[0]);
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(c[1].equals(saved));
            item.setOnAction(e -> setZone(c[1]));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item("_Other zone\u2026", "Shortcut+Shift+Z", this::chooseZone));
    }

    private void chooseZone() {
        ZoneChooser.dialog(window.getScene().getWindow(), ZoneChooser.recent(window.settings()))
                .showAndWait()
                .ifPresent(id -> {
                    ZoneChooser.remember(window.settings(), id);
                    setZone(id);
                });
    }

    /**
     * The saved lanes, time zone and theme applied to a timeline before the menus exist: the
     * start-up's first frame must look as the menus will set it (they set the same values again).
     */
    static void applySaved(TimelineView timeline, Settings settings) {
        timeline.laneModeProperty()
                .set("NATION".equals(settings.get("lanes", "KIND")) ? Lanes.Mode.NATION : Lanes.Mode.KIND);
        timeline.zoneProperty().set(zone(settings.get("zone", "")));
        timeline.themeProperty().set(Boolean.parseBoolean(settings.get("dark", "false")) ? Theme.DARK : Theme.LIGHT);
    }

    /** A saved zone choice: empty for the dataset's own zone (null). */
    private static ZoneId zone(String id) {
        if (id.isEmpty()) {
            return null;
        }
        if ("UTC".equals(id)) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (java.time.DateTimeException unknown) {
            return null; // a stored zone this Java does not know: the dataset's own
        }
    }

    private void setZone(String id) {
        ZoneId zone = zone(id);
        window.model().zoneProperty().set(zone);
        window.settings().put("zone", id);
        window.refreshStatus();
    }

    /** The on-screen legend of symbols (diamond, bar, period, uncertain band, badge) over the timeline. */
    private CheckMenuItem legend() {
        CheckMenuItem legend = new CheckMenuItem("_Legend of symbols");
        legend.setId("legend-toggle");
        legend.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        legend.selectedProperty().bindBidirectional(window.model().legendShownProperty());
        return legend;
    }

    private CheckMenuItem darkTheme() {
        CheckMenuItem dark = new CheckMenuItem("_Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(Boolean.parseBoolean(window.settings().get("dark", "false")));
        dark.selectedProperty().addListener((o, a, on) -> applyTheme(on));
        applyTheme(dark.isSelected());
        return dark;
    }

    private void applyTheme(boolean dark) {
        window.model().themeProperty().set(dark ? Theme.DARK : Theme.LIGHT);
        window.settings().put("dark", Boolean.toString(dark));
        Themes.apply(dark);
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter("Ops Timeline data (*.json)", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*.*"));
        File chosen = chooser.showOpenDialog(window.getScene().getWindow());
        if (chosen != null) {
            window.open(chosen.toPath());
        }
    }
}
