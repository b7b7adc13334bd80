package io.opstimeline.ui.map;

import io.opstimeline.core.playback.Playback;
import io.opstimeline.core.playback.PlaybackStep;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.ui.WorkbenchModel;
import java.util.Optional;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * Play, the step and the speed (issue 15.4): playing moves the timeline's window through the
 * campaign, so the map, chart, table and detail follow; pausing leaves the window where it is.
 * Playing from the campaign's end starts again from its first record; playing with the whole campaign
 * in view first narrows the window ({@link Playback#start}).
 */
public final class PlaybackBar extends HBox {
    /** Steps per second the speed box offers. */
    static final Double[] SPEEDS = {0.5, 1.0, 2.0, 4.0, 8.0};

    private final WorkbenchModel model;
    private final ToggleButton play = new ToggleButton("Play");
    private final ComboBox<PlaybackStep> step = new ComboBox<>();
    private final ComboBox<Double> speed = new ComboBox<>();
    private final Timeline ticks = new Timeline();

    public PlaybackBar(WorkbenchModel model) {
        this.model = model;
        getStyleClass().add("playback-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        play.setId("map-play");
        play.setAccessibleText("Play the campaign: move the timeline's window step by step");
        step.setId("map-step");
        step.setAccessibleText("Playback step: how far each step moves the window");
        step.getItems().addAll(PlaybackStep.values());
        step.setValue(PlaybackStep.DAY);
        speed.setId("map-speed");
        speed.setAccessibleText("Playback speed: steps per second");
        speed.getItems().addAll(SPEEDS);
        speed.setValue(2.0);
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Double v) {
                return v == null
                        ? ""
                        : (v == Math.floor(v) ? String.valueOf(v.intValue()) : String.valueOf(v)) + " per second";
            }

            @Override
            public Double fromString(String s) {
                return speed.getValue();
            }
        });
        ticks.setCycleCount(Animation.INDEFINITE);
        play.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                start();
            } else {
                stop();
            }
        });
        speed.valueProperty().addListener((o, a, s) -> {
            if (play.isSelected()) {
                start();
            }
        });
        play.disableProperty().bind(model.datasetProperty().isNull());
        model.datasetProperty().addListener((o, a, d) -> play.setSelected(false));
        getChildren().addAll(play, new Label("Step"), step, new Label("Speed"), speed);
    }

    public boolean isPlaying() {
        return play.isSelected();
    }

    public void setPlaying(boolean on) {
        play.setSelected(on);
    }

    private void start() {
        ticks.stop();
        Optional<long[]> campaign = Playback.campaign(model.datasetProperty().get());
        TimeWindow window = model.windowProperty().get();
        if (campaign.isEmpty() || window == null) {
            play.setSelected(false);
            return;
        }
        model.windowProperty().set(Playback.start(window, step.getValue(), campaign.get()[0], campaign.get()[1]));
        ticks.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1 / speed.getValue()), e -> tick()));
        ticks.play();
        play.setText("Pause");
    }

    private void stop() {
        ticks.stop();
        play.setText("Play");
    }

    private void tick() {
        Optional<long[]> campaign = Playback.campaign(model.datasetProperty().get());
        TimeWindow window = model.windowProperty().get();
        Optional<TimeWindow> next = campaign.isEmpty() || window == null
                ? Optional.empty()
                : Playback.next(window, step.getValue(), campaign.get()[1]);
        if (next.isPresent()) {
            model.windowProperty().set(next.get());
        } else {
            play.setSelected(false); // the end of the campaign: stop where it is
        }
    }
}
