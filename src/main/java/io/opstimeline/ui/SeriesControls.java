package io.opstimeline.ui;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Series;
import io.opstimeline.ui.chart.SeriesChartView;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.layout.FlowPane;

/** The chart's switches: which series to draw and cumulative or daily. */
final class SeriesControls extends FlowPane {
    private final SeriesChartView chart;

    SeriesControls(SeriesChartView chart) {
        super(10, 2);
        this.chart = chart;
        getStyleClass().add("series-controls");
        chart.datasetProperty().addListener((o, a, d) -> rebuild(d));
        rebuild(chart.datasetProperty().get());
    }

    private void rebuild(Dataset d) {
        getChildren().clear();
        if (d == null || d.series().isEmpty()) {
            return;
        }
        MenuButton menu = new MenuButton("Series (" + chart.shownSeriesProperty().get().size() + " of " + d.series().size() + ")");
        menu.setId("series-menu");
        for (Series s : d.series()) {
            CheckMenuItem item = new CheckMenuItem(s.name());
            item.setSelected(chart.shownSeriesProperty().get().contains(s.id()));
            item.selectedProperty().addListener((o, a, on) -> {
                Set<String> ids = new HashSet<>(chart.shownSeriesProperty().get());
                if (on) {
                    ids.add(s.id());
                } else {
                    ids.remove(s.id());
                }
                chart.shownSeriesProperty().set(ids);
                menu.setText("Series (" + ids.size() + " of " + d.series().size() + ")");
            });
            menu.getItems().add(item);
        }
        getChildren().add(menu);
        CheckBox daily = new CheckBox("Daily increments");
        daily.setId("daily");
        daily.selectedProperty().bindBidirectional(chart.dailyProperty());
        getChildren().add(daily);
    }
}
