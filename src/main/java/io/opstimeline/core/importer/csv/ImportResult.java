package io.opstimeline.core.importer.csv;

import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A converted file: the dataset document (UTF-8 JSON in our format, already checked by the
 * loader), the loaded dataset, and warnings about guesses made on the way (never errors).
 */
public record ImportResult(byte[] json, Dataset dataset, List<LoadProblem> warnings) {
    public ImportResult {
        json = json.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] json() {
        return json.clone();
    }

    /** Writes through core.io.AtomicFiles: a failed write leaves no half file and the old target as it was. */
    public void writeTo(Path target) throws IOException {
        io.opstimeline.core.io.AtomicFiles.write(target, json);
    }
}
