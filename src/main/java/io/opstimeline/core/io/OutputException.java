package io.opstimeline.core.io;

import java.io.IOException;
import java.nio.file.Path;

/** An output that cannot be written as given (a folder, a device); the message names the path and why. */
public class OutputException extends IOException {
    private final transient Path path;

    public OutputException(Path path, String reason) {
        super(path + ": " + reason);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
