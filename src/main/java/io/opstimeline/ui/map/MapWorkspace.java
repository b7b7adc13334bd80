package io.opstimeline.ui.map;

import io.opstimeline.core.render.Theme;
import io.opstimeline.ui.WorkbenchModel;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.BorderPane;

/** The workbench's Map tab: the playback controls above the map. */
public final class MapWorkspace extends BorderPane {
    private final MapPane map;
    private final PlaybackBar playback;

    public MapWorkspace(WorkbenchModel model, ObservableValue<Theme> theme) {
        map = new MapPane(model, theme);
        playback = new PlaybackBar(model);
        setTop(playback);
        setCenter(map);
    }

    public MapPane map() {
        return map;
    }

    public PlaybackBar playback() {
        return playback;
    }
}
