package io.opstimeline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

/**
 * Help > Keyboard shortcuts: every menu command with its accelerator, read from the menu bar itself
 * (so the list cannot drift from the menus), then the keys that work inside the panes.
 */
final class KeyboardShortcuts {
    /** One row: where the command is and the keys that run it. */
    record Shortcut(String command, String keys) {}

    /** Keys that act inside a pane rather than through a menu. */
    static final List<Shortcut> IN_PANES = List.of(
            new Shortcut("Move to the next / previous pane", "F6 / Shift+F6"),
            new Shortcut("Timeline: zoom in / out", "+ / -"),
            new Shortcut("Timeline: pan", "Left / Right"),
            new Shortcut("Timeline: show everything", "Home or 0"),
            new Shortcut("Timeline: next / previous record", "Tab / Shift+Tab"),
            new Shortcut("Timeline: zoom to the selected record", "Enter"),
            new Shortcut("Timeline: clear the selection", "Esc"),
            new Shortcut("Search: next / previous match", "Enter / Shift+Enter"),
            new Shortcut("From / To: apply the date", "Enter (or leave the field)"),
            new Shortcut("Records table: the record's actions", "Context-menu key or Shift+F10"));

    private KeyboardShortcuts() {}

    /** "File > Open..." with its keys, for every menu item that has an accelerator, in menu order. */
    static List<Shortcut> fromMenus(MenuBar bar) {
        List<Shortcut> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, clean(m.getText()), out);
        }
        return out;
    }

    private static void collect(Menu menu, String path, List<Shortcut> out) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " \u203A " + clean(sub.getText()), out);
            } else if (item.getAccelerator() != null) {
                out.add(new Shortcut(
                        path + " \u203A " + clean(item.getText()),
                        item.getAccelerator().getDisplayText()));
            }
        }
    }

    private static String clean(String menuText) {
        return menuText == null ? "" : menuText.replace("_", "");
    }

    static Alert dialog(Window owner, MenuBar bar) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts");
        table.getItems().addAll(fromMenus(bar));
        table.getItems().addAll(IN_PANES);
        TableColumn<Shortcut, String> command = new TableColumn<>("Command");
        command.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().command()));
        TableColumn<Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        table.getColumns().add(command);
        table.getColumns().add(keys);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        command.setPrefWidth(380);
        keys.setPrefWidth(200);
        table.setPrefSize(620, 460);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Every command and its keys");
        alert.getDialogPane().setContent(table);
        alert.setResizable(true);
        Dialogs.fitContent(alert);
        return alert;
    }
}
