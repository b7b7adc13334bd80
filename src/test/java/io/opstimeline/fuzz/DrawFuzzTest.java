package io.opstimeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;

/**
 * Whatever the bytes, either the loader refuses them with our own load error, or the dataset it
 * accepted draws: a timeline frame in both lane modes and a briefing page (issue 16.2). A plain
 * test run replays the seeds in DrawFuzzTestInputs; {@code mvn test -Pfuzz} fuzzes for minutes.
 */
class DrawFuzzTest {
    private static final DatasetLoader LOADER = new DatasetLoader();

    @FuzzTest(maxDuration = "5m")
    void whatLoadsDraws(byte[] input) {
        Dataset d;
        try {
            d = LOADER.load("fuzz.json", input);
        } catch (DatasetLoadException refused) {
            return;
        }
        LoadedDatasetDraws.drawEverything(d, false);
    }
}
