package io.opstimeline.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The one way this program writes a file the user keeps: the content goes to a temp file in the
 * target's folder, is flushed and synced to disk, and is then moved over the target in one step.
 * A kill, a full disk or an exception half-way therefore leaves the old target byte for byte as it
 * was, and the temp file is removed on every failure that the JVM survives. A SIGKILL leaves its
 * temp file behind (nothing runs then); its name carries the writer's process id, so the next
 * write of the same target removes it once that process is gone.
 */
public final class AtomicFiles {
    /** Writes the whole content to the stream it is given; may throw at any point. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes, or leaves it untouched. A target
     * that is a link is followed, so the link stays and the file it names is replaced.
     *
     * @throws OutputException when the target is a folder or not a regular file, naming it
     * @throws IOException as the file system reports it (permission, disk full); see {@link IoReasons}
     */
    public static void write(Path target, Content content) throws IOException {
        Path file = resolveLinks(target.toAbsolutePath());
        if (Files.isDirectory(file)) {
            throw new OutputException(target, "is a folder; give a file name inside it");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
            throw new OutputException(target, "is not a regular file (a device or a pipe); give a file name");
        }
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            throw new OutputException(target, "the folder " + folder + " does not exist");
        }
        Path tmp;
        try {
            removeTempsOfKilledWriters(folder, file.getFileName().toString());
            tmp = Files.createTempFile(
                    folder,
                    tempPrefix(
                            file.getFileName().toString(),
                            ProcessHandle.current().pid()),
                    ".part");
        } catch (IOException e) {
            throw named(target, e);
        }
        try {
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
                content.writeTo(unclosable(out)); // a library that closes the stream must not skip the sync
                out.flush();
                channel.force(true);
            }
            keepPermissions(file, tmp);
            moveOver(tmp, file);
            syncFolder(folder);
        } catch (IOException e) {
            deleteQuietly(tmp, e);
            throw named(target, e);
        } catch (RuntimeException | Error e) {
            // OutOfMemoryError and the like too: the half-written temp must never stay behind
            deleteQuietly(tmp, e);
            throw e;
        }
    }

    /** ".brief.pdf.4242-": the temp files of one target written by one process start with this. */
    static String tempPrefix(String fileName, long pid) {
        return "." + fileName + "." + pid + "-";
    }

    /**
     * Deletes the temp files a killed writer left for this target: those whose process has ended.
     * A live process's temp file is its write in progress and is left alone.
     */
    private static void removeTempsOfKilledWriters(Path folder, String fileName) {
        String start = "." + fileName + ".";
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(
                folder,
                p -> p.getFileName().toString().startsWith(start)
                        && p.getFileName().toString().endsWith(".part"))) {
            for (Path temp : temps) {
                String rest = temp.getFileName().toString().substring(start.length());
                int dash = rest.indexOf('-');
                if (dash > 0
                        && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        && ProcessHandle.of(Long.parseLong(rest.substring(0, dash)))
                                .isEmpty()) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // tidying is best effort: a leftover temp file never stops a write
        }
    }

    /** The failure told about the file the user named, not our temp file; the cause is kept. */
    private static OutputException named(Path target, IOException e) {
        if (e instanceof OutputException oe) {
            return oe;
        }
        OutputException named = new OutputException(target, IoReasons.reason(e));
        named.initCause(e);
        return named;
    }

    private static OutputStream unclosable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /** The file a path names after links; a path that does not exist yet stays as it is. */
    static Path resolveLinks(Path absolute) throws IOException {
        Path p = absolute;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        return p;
    }

    private static void moveOver(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // a file system without atomic rename in one folder; still never a half-written target
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A replaced file keeps who may read it; a new one gets rw-r--r-- rather than the temp file's rw-------. */
    private static void keepPermissions(Path file, Path tmp) {
        try {
            Set<PosixFilePermission> perms = Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE;
            Files.setPosixFilePermissions(tmp, perms);
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system (Windows): permissions come from the folder there
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, so best effort. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; the move is atomic there all the same
        }
    }

    private static void deleteQuietly(Path tmp, Throwable cause) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
