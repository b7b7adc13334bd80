package io.opstimeline.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Says in plain words why the file system refused, instead of a Java exception name. */
public final class IoReasons {
    private IoReasons() {}

    public static String reason(IOException e) {
        if (e instanceof OutputException) {
            String m = e.getMessage();
            int colon = m.indexOf(": ");
            return colon < 0 ? m : m.substring(colon + 2);
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder does not exist";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file is in the way where a folder is needed";
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a folder";
        }
        String m = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        String lower = m == null ? "" : m.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return "the disk is full";
        }
        if (lower.contains("quota")) {
            return "over the disk quota";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (lower.contains("is a directory")) {
            return "is a folder";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
