package io.opstimeline.core.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Run by {@link AtomicFilesKillTest} as a separate process: writes version after version of a
 * 2 MB file through {@link AtomicFiles}, in 64 KB pieces (a PNG encoder's pace), printing
 * "wrote N" after each, until it is killed.
 */
public final class AtomicWriteChild {
    static final int SIZE = 2 * 1024 * 1024;

    private AtomicWriteChild() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        for (int version = 1; ; version++) {
            byte[] body = body(version);
            AtomicFiles.write(target, out -> {
                for (int at = 0; at < body.length; at += 64 * 1024) {
                    out.write(body, at, Math.min(64 * 1024, body.length - at));
                }
            });
            System.out.println("wrote " + version);
            System.out.flush();
        }
    }

    /** Version {@code n}: its number at both ends, the same byte between; a torn file shows. */
    static byte[] body(int n) {
        byte[] head = ("v" + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\nend " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[SIZE];
        Arrays.fill(body, (byte) ('a' + n % 26));
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, SIZE - tail.length, tail.length);
        return body;
    }
}
