package io.opstimeline.core.bulk;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.work.BackgroundWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a large items file on two cores: the head half on the caller's thread, the tail half on
 * another, from an item boundary near the middle, then joins the rows in file order. The result
 * is the one reader's, row for row and group for group.
 *
 * <p>The boundary is guessed by a byte scan for {@code }, {} and proven by the head: only if one of
 * its items ends exactly there does it take the tail's rows. A guess inside a string or a nested
 * object, a tail that meets bad input, or an item without an id (numbered by position) all end
 * the same way: the head reads on by itself, and any message carries the true line and column.
 */
final class SplitItemsRead {
    /** Below this a second thread costs more than it saves (about 20,000 items). */
    static final long MIN_BYTES = 2L << 20;

    private static final byte[] TAIL_PREFIX = "{\"items\":[".getBytes(StandardCharsets.US_ASCII);
    private static final int SCAN_LIMIT = 4 << 20;
    /** Where the tail half is read, beside the caller's thread. */
    private static final BackgroundWork HELPER = BackgroundWork.daemons("items-tail-reader");
    /** How many reads joined a tail half: lets tests tell a split read from a fallback. */
    static final java.util.concurrent.atomic.AtomicLong JOINS = new java.util.concurrent.atomic.AtomicLong();

    private SplitItemsRead() {}

    static boolean worthIt(long size) {
        return size >= MIN_BYTES
                && size < Integer.MAX_VALUE - 16
                && Runtime.getRuntime().availableProcessors() > 1;
    }

    static ItemStore read(Path file) throws IOException, DatasetLoadException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            // mapped, not copied: a million items are 100 MB that need not pass through the heap
            return read(file.toString(), ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()));
        } catch (InternalError e) {
            // the JVM's report of a mapped page that vanished: the file was cut short while read
            throw DatasetLoadException.single(
                    file.toString(), 1, 1, "cannot read the file: it changed while it was being read; open it again");
        }
    }

    /** Reads the items file held in {@code data} (position 0 to limit), on two threads when it can. */
    static ItemStore read(String name, ByteBuffer data) throws DatasetLoadException {
        int size = data.limit();
        // gen.js writes about 103 bytes an item: sized so that neither half's columns need to grow,
        // and the head's hold the tail's rows too when they are appended
        int expected = Math.max(16, size / 96);
        int close = boundaryNear(data, size / 2);
        if (close < 0) {
            return VisItemsReader.read(name, slice(data, 0, size), expected);
        }
        int next = nextItemStart(data, close);
        TailHalf tailHalf = new TailHalf(name);
        CompletableFuture<ItemsParser> tail = new CompletableFuture<>();
        HELPER.execute(() -> {
            try {
                tail.complete(tailHalf.read(
                        new SequenceInputStream(new ByteArrayInputStream(TAIL_PREFIX), slice(data, next, size)),
                        expected / 2 + 16));
            } catch (Throwable e) {
                // anything at all (bad input, out of memory, the mapped file cut short): the head
                // reads these items itself, and meets the same trouble with its position
                tail.complete(null);
            }
        });
        return VisItemsReader.readHead(name, slice(data, 0, size), expected, new HeadHalf(name, close, tailHalf, tail));
    }

    /**
     * The offset just past a {@code }} that is followed by a comma and a {@code {}, searching forward
     * from {@code from}; -1 if there is none within a few megabytes.
     */
    static int boundaryNear(ByteBuffer data, int from) {
        int end = (int) Math.min(data.limit(), (long) from + SCAN_LIMIT);
        for (int i = Math.max(0, from); i < end; i++) {
            if (data.get(i) == '}') {
                int j = skipBlanks(data, i + 1);
                if (j < data.limit() && data.get(j) == ',') {
                    j = skipBlanks(data, j + 1);
                    if (j < data.limit() && data.get(j) == '{') {
                        return i + 1;
                    }
                }
            }
        }
        return -1;
    }

    private static int nextItemStart(ByteBuffer data, int close) {
        int j = skipBlanks(data, close);
        return skipBlanks(data, j + 1); // past the comma
    }

    private static int skipBlanks(ByteBuffer data, int i) {
        while (i < data.limit()) {
            byte b = data.get(i);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                break;
            }
            i++;
        }
        return i;
    }

    /** A stream over bytes [from, to) of the buffer, sharing its memory. */
    static InputStream slice(ByteBuffer data, int from, int to) {
        ByteBuffer b = data.duplicate();
        b.limit(to).position(from);
        return new InputStream() {
            @Override
            public int read() {
                return b.hasRemaining() ? b.get() & 0xff : -1;
            }

            @Override
            public int read(byte[] dst, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!b.hasRemaining()) {
                    return -1;
                }
                int k = Math.min(len, b.remaining());
                b.get(dst, off, k);
                return k;
            }
        };
    }
}
