package io.opstimeline.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;

/**
 * Whatever the bytes, the JSON loader returns a dataset or throws our own load error; anything
 * else (a runtime exception, a stack overflow, a hang) is a finding. A plain test run replays the
 * seeds in JsonLoaderFuzzTestInputs; {@code mvn test -Pfuzz} fuzzes for minutes.
 */
class JsonLoaderFuzzTest {
    private static final DatasetLoader LOADER = new DatasetLoader();

    @FuzzTest(maxDuration = "5m")
    void loadsOrRefuses(byte[] input) {
        try {
            LOADER.load("fuzz.json", input);
        } catch (DatasetLoadException expected) {
            if (expected.problems().isEmpty()) {
                throw new AssertionError("a load error must say what is wrong");
            }
        }
    }
}
