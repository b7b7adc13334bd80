package io.opstimeline.core.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads an input up to a limit, whatever it is: a regular file is refused by its size before
 * reading, and a device or a pipe ({@code /dev/zero}, {@code <(cat ...)}), whose size says
 * nothing, is read only until the limit is passed, never to its end.
 */
public final class BoundedInput {
    /** The input is larger than the limit; {@link #knownSize} is -1 for a stream cut off at the limit. */
    public static final class TooLargeException extends IOException {
        private final long knownSize;

        TooLargeException(Path file, long knownSize) {
            super(file + ": larger than the limit");
            this.knownSize = knownSize;
        }

        public long knownSize() {
            return knownSize;
        }
    }

    private BoundedInput() {}

    /** The whole input if it has at most {@code limit} bytes. */
    public static byte[] readAtMost(Path file, long limit) throws IOException {
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            if (size > limit) {
                throw new TooLargeException(file, size);
            }
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readAtMost(file, in, limit);
        }
    }

    static byte[] readAtMost(Path file, InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(file, -1);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** A stream over the input that fails once more than {@code limit} bytes have come through. */
    public static InputStream open(Path file, long limit) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) > limit) {
            throw new TooLargeException(file, Files.size(file));
        }
        InputStream raw = Files.newInputStream(file);
        return new java.io.FilterInputStream(raw) {
            private long seen;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                count(Math.max(0, n));
                return n;
            }

            private void count(int n) throws IOException {
                seen += n;
                if (seen > limit) {
                    throw new TooLargeException(file, -1);
                }
            }
        };
    }
}
