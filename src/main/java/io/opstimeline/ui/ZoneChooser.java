package io.opstimeline.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * View > Time zone > Other zone: any IANA zone (Africa/Tripoli for the sample's theatre), found by
 * typing part of its name ("tripoli", "new york"), the recently used ones listed first.
 */
final class ZoneChooser {
    private static final int RECENT_KEPT = 6;

    private ZoneChooser() {}

    /** Zone ids matching the typed text (spaces match "_", case ignored): recent ones first, then A-Z. */
    static List<String> matching(String typed, List<String> recent) {
        String needle =
                typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        Set<String> all = new TreeSet<>(ZoneId.getAvailableZoneIds());
        all.add("UTC");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String id : recent) {
            if (all.contains(id) && id.toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(id);
            }
        }
        for (String id : all) {
            if (id.toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(id);
            }
        }
        return new ArrayList<>(out);
    }

    /** The stored recent zones, newest first; ids that no longer exist are dropped. */
    static List<String> recent(Settings settings) {
        List<String> out = new ArrayList<>();
        for (String id : settings.get("zone.recent", "").split(",")) {
            if (!id.isBlank() && ZoneId.getAvailableZoneIds().contains(id.strip())) {
                out.add(id.strip());
            }
        }
        return out;
    }

    static void remember(Settings settings, String id) {
        List<String> list = new ArrayList<>(recent(settings));
        list.remove(id);
        list.add(0, id);
        settings.put("zone.recent", String.join(",", list.subList(0, Math.min(RECENT_KEPT, list.size()))));
    }

    /** A searchable list; Enter or double-click chooses. */
    static Dialog<String> dialog(Window owner, List<String> recent) {
        TextField search = new TextField();
        search.setId("zone-search");
        search.setPromptText("Type part of a zone's name, e.g. tripoli");
        ListView<String> list = new ListView<>();
        list.setId("zone-list");
        list.getItems().setAll(matching("", recent));
        list.setPrefSize(420, 360);
        search.textProperty().addListener((o, a, t) -> {
            list.getItems().setAll(matching(t, recent));
            list.getSelectionModel().selectFirst();
        });
        Dialog<String> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Time zone");
        d.setHeaderText("Show times in this zone (recently used first)");
        d.getDialogPane().setContent(new VBox(8, search, list));
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                d.setResult(list.getSelectionModel().getSelectedItem());
                d.close();
            }
        });
        d.setResultConverter(b -> b == ButtonType.OK
                ? Optional.ofNullable(list.getSelectionModel().getSelectedItem())
                        .orElse(
                                list.getItems().isEmpty()
                                        ? null
                                        : list.getItems().get(0))
                : null);
        d.setOnShown(e -> search.requestFocus());
        Dialogs.fitContent(d);
        return d;
    }
}
