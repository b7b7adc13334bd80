package io.opstimeline.core.annotate;

/** A sidecar file that cannot be read; the message names the file and, where known, line and column. */
public final class SidecarFormatException extends Exception {
    public SidecarFormatException(String message) {
        super(message);
    }
}
