package io.opstimeline.core.importer.csv;

import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    /** Writes the dataset beside the target first, then moves it into place: a failed write leaves no half file. */
    public void writeTo(Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), ".import-", ".json.tmp");
        try {
            Files.write(tmp, json);
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
