package io.opstimeline.core.io;

import java.nio.file.Path;

/** An output path that names one of the command's inputs; refused before anything is written. */
public final class InputOverwriteException extends OutputException {
    public InputOverwriteException(Path output, Path input, String what) {
        super(
                output,
                "is " + what + (output.equals(input) ? "" : " (" + input + ")")
                        + "; writing there would destroy it. Choose another output file");
    }
}
