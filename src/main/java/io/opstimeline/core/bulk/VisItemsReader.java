package io.opstimeline.core.bulk;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.io.BoundedInput;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a vis-timeline items/groups file ({@code {groups:[{id,content}], items:[{id, group,
 * type, start, end?, content}]}}, times as epoch milliseconds or ISO strings) straight into an
 * {@link ItemStore}; a large one on two threads ({@link SplitItemsRead}). The parsing is
 * {@link ItemsParser}'s. Bad input gives {@code file:line:col: message}; a cancel (the reading
 * thread interrupted) a {@link java.util.concurrent.CancellationException}, as the dataset loader's.
 */
public final class VisItemsReader {
    /** Items files run to a few GB at ten million items; a device or a pipe stops here, not at its end. */
    public static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;

    private VisItemsReader() {}

    public static ItemStore read(Path file) throws DatasetLoadException {
        try {
            long size = Files.size(file);
            if (SplitItemsRead.worthIt(size)) {
                return SplitItemsRead.read(file);
            }
            // a device or a pipe reports size 0: it is read only up to the limit (core.io.BoundedInput)
            try (InputStream in = BoundedInput.open(file, MAX_BYTES)) {
                return read(file.toString(), in, Math.max(16, (int) Math.min(size / 110, 1 << 26)));
            }
        } catch (BoundedInput.TooLargeException e) {
            throw DatasetLoadException.single(
                    file.toString(),
                    1,
                    1,
                    "more than " + MAX_BYTES / (1024 * 1024 * 1024)
                            + " GB came from this input; the limit for an items file is "
                            + MAX_BYTES / (1024 * 1024 * 1024) + " GB");
        } catch (NoSuchFileException e) {
            throw DatasetLoadException.single(file.toString(), 1, 1, "no such file");
        } catch (IOException e) {
            throw DatasetLoadException.single(file.toString(), 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    /** Reads a whole items file on this thread. */
    public static ItemStore read(String name, InputStream in, int expectedItems) throws DatasetLoadException {
        return readWith(name, in, expectedItems, new WholeFile(name));
    }

    /** Reads an items file held in memory; a large one on two threads, as {@link #read(Path)} does. */
    public static ItemStore read(String name, byte[] bytes) throws DatasetLoadException {
        if (SplitItemsRead.worthIt(bytes.length)) {
            return SplitItemsRead.read(name, ByteBuffer.wrap(bytes));
        }
        return read(name, new ByteArrayInputStream(bytes), Math.max(16, bytes.length / 110));
    }

    /** Reads {@code in} from its start, as the head half of a split read. */
    static ItemStore readHead(String name, InputStream in, int expectedItems, HeadHalf head)
            throws DatasetLoadException {
        return readWith(name, in, expectedItems, head);
    }

    private static ItemStore readWith(String name, InputStream in, int expectedItems, ItemsParser.Pass pass)
            throws DatasetLoadException {
        try (JsonParser parser = ItemsParser.FACTORY.createParser(in)) {
            ItemsParser items = new ItemsParser(name, parser, expectedItems, pass).parseAll();
            return items.build(pass instanceof HeadHalf ? ((HeadHalf) pass).joinedTail() : null);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            throw DatasetLoadException.single(
                    name,
                    at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "not valid JSON: " + firstLine(msg));
        } catch (IOException e) {
            throw DatasetLoadException.single(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * True when the file is an items/groups file rather than an ops-timeline dataset: its top
     * level names {@code items} or {@code groups} before (or without) any {@code format}.
     */
    public static boolean looksLikeVisItems(Path file) {
        if (!Files.isRegularFile(file)) {
            // a pipe or a device can be read once only: a look ahead would take what the loader needs
            return false;
        }
        try (JsonParser parser = ItemsParser.FACTORY.createParser(Files.newInputStream(file))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            for (String f = parser.nextFieldName(); f != null; f = parser.nextFieldName()) {
                if (f.equals("format")) {
                    return false;
                }
                if (f.equals("items") || f.equals("groups")) {
                    return true;
                }
                parser.nextToken();
                parser.skipChildren();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unexpected input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
