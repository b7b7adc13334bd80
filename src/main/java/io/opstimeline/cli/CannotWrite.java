package io.opstimeline.cli;

import io.opstimeline.core.io.IoReasons;
import io.opstimeline.core.io.OutputException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** The one wording for an output that could not be written: which file, and why in plain words. */
final class CannotWrite {
    private CannotWrite() {}

    static String describe(Path requested, IOException e) {
        Path file = e instanceof OutputException oe
                ? oe.path()
                : e instanceof FileSystemException fse && fse.getFile() != null ? Path.of(fse.getFile()) : requested;
        return file + ": cannot write: " + IoReasons.reason(e) + "; nothing was changed";
    }
}
