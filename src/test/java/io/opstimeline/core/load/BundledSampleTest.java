package io.opstimeline.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The start-up's quick load of the bundled sample (no schema check) gives the same dataset as the full load. */
class BundledSampleTest {
    private static final String SAMPLE = "/sample-data/oup-2011.json";

    @Test
    void bundledLoadGivesTheSameDatasetAsTheCheckedLoad() throws Exception {
        DatasetLoader loader = new DatasetLoader();

        assertThat(loader.loadBundled(SAMPLE)).usingRecursiveComparison().isEqualTo(loader.loadResource(SAMPLE));
    }

    @Test
    void aMissingBundledDatasetIsAClearProblem() {
        assertThatThrownBy(() -> new DatasetLoader().loadBundled("/sample-data/none.json"))
                .isInstanceOf(DatasetLoadException.class)
                .hasMessageContaining("bundled dataset is missing");
    }
}
