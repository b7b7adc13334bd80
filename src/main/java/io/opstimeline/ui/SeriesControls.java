package io.opstimeline.ui;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Series;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;

/** The chart's switches: which series to draw and cumulative or daily, kept in the model. */
final class SeriesControls extends FlowPane {
    private final WorkbenchModel model;

    SeriesControls(WorkbenchModel model) {
        super(10, 2);
        this.model = model;
        getStyleClass().add("series-controls");
        model.datasetProperty().addListener((o, a, d) -> rebuild(d));
        rebuild(model.datasetProperty().get());
    }

    private void rebuild(Dataset d) {
        getChildren().clear();
        if (d == null || d.series().isEmpty()) {
            return;
        }
        MenuButton menu = new MenuButton("Series ("
                + model.shownSeriesProperty().get().size() + " of " + d.series().size() + ")");
        menu.setId("series-menu");
        for (Series s : d.series()) {
            CheckMenuItem item = new CheckMenuItem(s.name());
            item.setSelected(model.shownSeriesProperty().get().contains(s.id()));
            item.selectedProperty().addListener((o, a, on) -> {
                Set<String> ids = new HashSet<>(model.shownSeriesProperty().get());
                if (on) {
                    ids.add(s.id());
                } else {
                    ids.remove(s.id());
                }
                model.shownSeriesProperty().set(ids);
                menu.setText("Series (" + ids.size() + " of " + d.series().size() + ")");
            });
            menu.getItems().add(item);
        }
        getChildren().add(menu);
        CheckBox daily = new CheckBox("Daily increments");
        daily.setId("daily");
        daily.selectedProperty().bindBidirectional(model.dailySeriesProperty());
        getChildren().add(daily);
    }
}
