package io.opstimeline.core.map;

import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import java.nio.file.Path;

/** The bundled sample campaign, loaded once for the map's tests. */
final class SampleCampaign {
    static final Dataset OUP = load();

    private SampleCampaign() {}

    private static Dataset load() {
        try {
            return new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
