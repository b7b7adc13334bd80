package io.opstimeline.cli;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Tells the user about notes whose records the dataset lacks: kept in the file, left off the page. */
final class MissingRecords {
    private MissingRecords() {
    }

    static void warn(Path sidecar, AnnotationDocument doc, Dataset dataset, PrintWriter err) {
        int missing = doc.onMissingRecords(id -> dataset.event(id).isPresent()).size();
        if (missing > 0) {
            err.println("warning: " + sidecar + ": " + missing + (missing == 1 ? " note is" : " notes are")
                    + " pinned to records that " + (dataset.fingerprint() == null ? "the dataset"
                    : dataset.fingerprint().fileName()) + " does not have; kept in the file, not drawn");
        }
    }
}
