package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.render.HitMap;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * What a count badge or a lane's "+N" holds, as a menu: one item per record (date and title),
 * keyboard reachable like any menu; choosing one selects it and brings it into view. A badge of
 * more records than a menu can hold lists the first ones and offers to zoom into the rest.
 */
final class HiddenRecordsMenu {
    /** More than this and a menu stops being readable: the rest are reached by zooming in. */
    static final int MAX_LISTED = 40;

    private static final int MAX_TITLE = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private HiddenRecordsMenu() {}

    static ContextMenu build(TimelineView view, HitMap hits, HitMap.ClusterBox badge, Runnable zoomIn) {
        ItemStore store = hits.store();
        int[] rows = hits.rowsOf(badge);
        ZoneId zone = view.effectiveZone();
        ContextMenu menu = new ContextMenu();
        menu.getStyleClass().add("hidden-records-menu");
        for (int i = 0; i < Math.min(rows.length, MAX_LISTED); i++) {
            int row = rows[i];
            String id = store.id(row);
            MenuItem item = new MenuItem(
                    DAY.format(Instant.ofEpochMilli(store.start(row)).atZone(zone)) + "  \u2013  "
                            + shortened(store.title(row)));
            item.setMnemonicParsing(false);
            item.setOnAction(e -> {
                view.selectedIdProperty().set(id);
                SelectionReveal.reveal(view, id);
            });
            menu.getItems().add(item);
        }
        if (rows.length > MAX_LISTED || rows.length == 0) {
            if (!menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            MenuItem zoom = new MenuItem("Zoom in to show all " + rows.length + " records");
            zoom.setOnAction(e -> zoomIn.run());
            menu.getItems().add(zoom);
        }
        return menu;
    }

    /** A title of a few hundred characters would make the menu as wide as the screen; chosen, it is shown whole. */
    static String shortened(String title) {
        return title.length() <= MAX_TITLE
                ? title
                : title.substring(0, MAX_TITLE).stripTrailing() + "\u2026";
    }

    /** Opens the badge's list just below it, with the first record ready for the arrow keys. */
    static ContextMenu show(TimelineView view, HitMap.ClusterBox badge, Runnable zoomIn) {
        ContextMenu menu = build(view, view.hitMap(), badge, zoomIn);
        var screen = view.localToScreen(badge.x(), badge.y() + badge.h());
        menu.show(view, screen.getX(), screen.getY());
        return menu;
    }
}
