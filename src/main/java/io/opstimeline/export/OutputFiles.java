package io.opstimeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The one place an export writes a file: into a part file beside the target, moved over it only
 * once complete, so a failed export never leaves half a page set behind (or a truncated old one).
 */
final class OutputFiles {
    /** Writes the body of one file. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(Path target, Body body) throws IOException {
        Path tmp = target.toAbsolutePath().resolveSibling(target.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.writeTo(out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
