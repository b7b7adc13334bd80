package io.opstimeline.core.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.opstimeline.core.date.DateText;
import io.opstimeline.core.date.WrittenDate;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a vis-timeline items/groups file ({@code {groups:[{id,content}], items:[{id, group,
 * type, start, end?, content}]}}, times as epoch milliseconds or ISO strings) straight into an
 * {@link ItemStore} with Jackson's streaming parser: no tree, no object per item, titles copied
 * from the parser's buffer. Bad input gives {@code file:line:col: message}.
 */
public final class VisItemsReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                    .maxStringLength(1 << 20).maxNumberLength(64).build())
            .build();
    private static final String NO_GROUP = "(no group)";

    /** Items files run to a few GB at ten million items; a device or a pipe stops here, not at its end. */
    public static final long MAX_BYTES = 4L * 1024 * 1024 * 1024;

    /** JavaScript's Date range, which vis-timeline files keep to; the axis can do its sums within it. */
    static final long MAX_EPOCH_MS = 8_640_000_000_000_000L;

    private final String name;
    private final List<String> groupIds = new ArrayList<>();
    private final List<char[]> groupChars = new ArrayList<>();
    private final List<String> groupLabels = new ArrayList<>();
    private ItemStoreBuilder builder;
    private JsonParser p;
    /** The current item's title, copied out of the parser's buffer; reused from item to item. */
    private char[] title = new char[64];
    /** Split reading (see {@link SplitItemsRead}): where the head half may stop, and the tail half. */
    private long splitClose = -1;
    private java.util.concurrent.CompletableFuture<VisItemsReader> tail;
    private VisItemsReader tailReader;
    private VisItemsReader joinedTail;
    /** The tail half: items without an id would be numbered by position, which this half does not know. */
    private boolean tailHalf;
    volatile boolean cancelled;

    private VisItemsReader(String name) {
        this.name = name;
    }

    public static ItemStore read(Path file) throws DatasetLoadException {
        try {
            long size = Files.size(file);
            if (SplitItemsRead.worthIt(size)) {
                return SplitItemsRead.read(file);
            }
            // a device or a pipe reports size 0: it is read only up to the limit (core.io.BoundedInput)
            try (InputStream in = io.opstimeline.core.io.BoundedInput.open(file, MAX_BYTES)) {
                return read(file.toString(), in, Math.max(16, (int) Math.min(size / 110, 1 << 26)));
            }
        } catch (io.opstimeline.core.io.BoundedInput.TooLargeException e) {
            throw DatasetLoadException.single(file.toString(), 1, 1, "more than " + MAX_BYTES / (1024 * 1024 * 1024)
                    + " GB came from this input; the limit for an items file is " + MAX_BYTES / (1024 * 1024 * 1024) + " GB");
        } catch (NoSuchFileException e) {
            throw DatasetLoadException.single(file.toString(), 1, 1, "no such file");
        } catch (IOException e) {
            throw DatasetLoadException.single(file.toString(), 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    public static ItemStore read(String name, InputStream in, int expectedItems) throws DatasetLoadException {
        return new VisItemsReader(name).readFrom(in, expectedItems);
    }

    /** Reads an items file held in memory; a large one on two threads, as {@link #read(Path)} does. */
    public static ItemStore read(String name, byte[] bytes) throws DatasetLoadException {
        if (SplitItemsRead.worthIt(bytes.length)) {
            return SplitItemsRead.read(name, java.nio.ByteBuffer.wrap(bytes));
        }
        return read(name, new java.io.ByteArrayInputStream(bytes), Math.max(16, bytes.length / 110));
    }

    /**
     * The head half of a split read: reads {@code in} (the whole file) like {@link #read}, but stops
     * after the item that ends at byte {@code splitClose} and takes the items after it from
     * {@code tail}. If no item ends there, or the tail failed, it reads on by itself.
     */
    static ItemStore readHead(String name, InputStream in, int expectedItems, long splitClose,
                              VisItemsReader tailReader, java.util.concurrent.CompletableFuture<VisItemsReader> tail)
            throws DatasetLoadException {
        VisItemsReader r = new VisItemsReader(name);
        r.splitClose = splitClose;
        r.tailReader = tailReader;
        r.tail = tail;
        return r.readFrom(in, expectedItems);
    }

    /** A reader for the tail half of a split read; see {@link #readTail}. */
    static VisItemsReader tailReader(String name) {
        VisItemsReader r = new VisItemsReader(name);
        r.tailHalf = true;
        return r;
    }

    /**
     * Reads the tail half: {@code in} is {@code {"items":[} followed by the file from an item's
     * start. Any trouble (bad input, an item without an id) throws: the head half then reads those
     * items itself, with the right line and column in any message.
     */
    VisItemsReader readTail(InputStream in, int expectedItems) throws IOException, DatasetLoadException {
        builder = new ItemStoreBuilder(List.of(), List.of(), expectedItems);
        try (JsonParser parser = FACTORY.createParser(in)) {
            p = parser;
            parseAll();
        }
        return this;
    }

    private ItemStore readFrom(InputStream in, int expectedItems) throws DatasetLoadException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            p = parser;
            return readAll(expectedItems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage();
            throw DatasetLoadException.single(name, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), "not valid JSON: " + firstLine(msg));
        } catch (IOException e) {
            throw DatasetLoadException.single(name, 1, 1, "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * True when the file is an items/groups file rather than an ops-timeline dataset: its top
     * level names {@code items} or {@code groups} before (or without) any {@code format}.
     */
    public static boolean looksLikeVisItems(Path file) {
        try (JsonParser parser = FACTORY.createParser(Files.newInputStream(file))) {
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

    private ItemStore readAll(int expectedItems) throws IOException, DatasetLoadException {
        builder = new ItemStoreBuilder(List.of(), List.of(), expectedItems);
        parseAll();
        if (joinedTail != null) {
            // the tail's groups follow the head's in order of first use, as one reader would have met them
            int[] laneMap = new int[joinedTail.groupIds.size()];
            for (int g = 0; g < laneMap.length; g++) {
                String id = joinedTail.groupIds.get(g);
                laneMap[g] = lane(id);
                if (!joinedTail.groupLabels.get(g).equals(id)) {
                    groupLabels.set(laneMap[g], joinedTail.groupLabels.get(g));
                }
            }
            builder.append(joinedTail.builder, laneMap);
        }
        List<LaneInfo> lanes = new ArrayList<>();
        for (int g = 0; g < groupIds.size(); g++) {
            lanes.add(new LaneInfo(groupIds.get(g), groupLabels.get(g), VisPalette.color(g)));
        }
        builder.setLanes(lanes);
        for (String id : groupIds) {
            builder.kindIndex(id); // kinds are the groups, in the same order
        }
        return builder.build();
    }

    private void parseAll() throws IOException, DatasetLoadException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw problem("expected an object with \"groups\" and \"items\"");
        }
        boolean sawItems = false;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            if (f.equals("groups") && t == JsonToken.START_ARRAY) {
                readGroups();
            } else if (f.equals("items") && t == JsonToken.START_ARRAY) {
                readItems();
                sawItems = true;
                if (joinedTail != null) {
                    return; // the rest of the file is the tail's
                }
            } else if (f.equals("groups") || f.equals("items")) {
                throw problem("\"" + f + "\" must be an array");
            } else {
                p.skipChildren();
            }
        }
        if (!sawItems) {
            throw problem("no \"items\" array");
        }
    }

    private void readGroups() throws IOException, DatasetLoadException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            String content = null;
            for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
                JsonToken t = p.nextToken();
                if (f.equals("id")) {
                    id = scalarText(t, "group id");
                } else if (f.equals("content")) {
                    content = t == JsonToken.VALUE_STRING ? p.getText() : null;
                } else {
                    p.skipChildren();
                }
            }
            if (id == null) {
                throw problem("a group needs an \"id\"");
            }
            int g = lane(id);
            groupLabels.set(g, content == null ? id : content);
        }
        expectEndArray("groups");
    }

    private void readItems() throws IOException, DatasetLoadException {
        int n = 0;
        while (p.nextToken() == JsonToken.START_OBJECT) {
            // one call per item, not one long loop: the JIT compiles a method called 60,000 times
            // in the idle warm-up fully, where a loop run a few times stays half-compiled until
            // the user's big file arrives (measured: the first 1 M read was 2x the warm one)
            if (readItem(n++)) {
                return;
            }
        }
        expectEndArray("items");
    }

    /** Reads the item whose start the parser is at; true when the rest of the items are the tail's. */
    private boolean readItem(int n) throws IOException, DatasetLoadException {
        String id = null;
        long numericId = -1;
        int group = -1;
        boolean typeRange = false;
        boolean typeGiven = false;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        int titleLen = -1;
        for (String f = p.nextFieldName(); f != null; f = p.nextFieldName()) {
            JsonToken t = p.nextToken();
            switch (f) {
                case "id":
                    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            && p.getLongValue() >= 0) {
                        numericId = p.getLongValue();
                    } else {
                        id = scalarText(t, "item id");
                    }
                    break;
                case "group": group = groupOf(t); break;
                case "type":
                    typeGiven = true;
                    typeRange = t == JsonToken.VALUE_STRING && isRangeType();
                    break;
                case "start": start = time(t, "start"); break;
                case "end": end = t == JsonToken.VALUE_NULL ? Long.MIN_VALUE : time(t, "end"); break;
                case "content":
                    if (t == JsonToken.VALUE_STRING) {
                        titleLen = p.getTextLength();
                        if (titleLen > title.length) {
                            title = new char[Math.max(titleLen, title.length * 2)];
                        }
                        System.arraycopy(p.getTextCharacters(), p.getTextOffset(), title, 0, titleLen);
                    } else {
                        p.skipChildren();
                    }
                    break;
                default: p.skipChildren();
            }
        }
        if (tailHalf && (id == null && numericId < 0 || cancelled)) {
            throw problem("item without an id in the tail half"); // numbered by position: the head reads it
        }
        if (start == Long.MIN_VALUE) {
            throw problem("item " + label(id, numericId, n) + " (ending here) has no \"start\"");
        }
        boolean range = end != Long.MIN_VALUE && (typeRange || !typeGiven);
        if (range && end < start) {
            throw problem("item " + label(id, numericId, n) + " (ending here) ends before it starts");
        }
        if (group < 0) {
            group = lane(NO_GROUP);
        }
        int flags = range ? ItemStore.RANGE : 0;
        long to = range ? end : start;
        if (titleLen < 0) {
            String idText = id != null ? id : Long.toString(numericId >= 0 ? numericId : n);
            builder.add(group, group, start, to, flags, idText, idText);
        } else if (id != null) {
            builder.add(group, group, start, to, flags, title, 0, titleLen, id);
        } else {
            builder.add(group, group, start, to, flags, title, 0, titleLen, numericId >= 0 ? numericId : n);
        }
        if (((n + 1) & 8191) == 0 && !tailHalf && Thread.currentThread().isInterrupted()) {
            // the user pressed Cancel: stop now rather than after millions more items
            if (tailReader != null) {
                tailReader.cancelled = true;
            }
            throw DatasetLoadException.single(name, 1, 1, "reading was cancelled");
        }
        if (splitClose >= 0) {
            long at = p.currentLocation().getByteOffset();
            return at >= splitClose && joinTail(at == splitClose);
        }
        return false;
    }

    /** How a message names an item: its id, or its position when it has none. */
    private static String label(String id, long numericId, int n) {
        return id != null ? id : numericId >= 0 ? Long.toString(numericId) : "#" + n;
    }

    /**
     * At or past the split: true when this item ended exactly there and the tail read well, so
     * the items after it are the tail's; otherwise reading goes on here (and the split is dropped).
     */
    private boolean joinTail(boolean atBoundary) {
        splitClose = -1;
        if (!atBoundary) {
            // the split fell inside an item (a string or nested object): the tail's result is of no use
            tailReader.cancelled = true;
            return false;
        }
        VisItemsReader t = tail.join(); // null when the tail failed
        if (t == null) {
            return false;
        }
        joinedTail = t;
        SplitItemsRead.JOINS.incrementAndGet();
        return true;
    }

    private boolean isRangeType() throws IOException {
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        int len = p.getTextLength();
        // vis-timeline's "range" and "background" span time; "point" and "box" are instants
        return len == 5 && c[o] == 'r' || len == 10 && c[o] == 'b';
    }

    private int groupOf(JsonToken t) throws IOException, DatasetLoadException {
        if (t == JsonToken.VALUE_STRING) {
            char[] c = p.getTextCharacters();
            int o = p.getTextOffset();
            int len = p.getTextLength();
            for (int g = 0; g < groupChars.size(); g++) {
                char[] known = groupChars.get(g);
                if (known.length == len && Arrays.equals(known, 0, len, c, o, o + len)) {
                    return g;
                }
            }
            return lane(p.getText());
        }
        if (t == JsonToken.VALUE_NULL) {
            return -1;
        }
        return lane(scalarText(t, "group"));
    }

    private int lane(String id) throws DatasetLoadException {
        int g = groupIds.indexOf(id);
        if (g < 0) {
            if (groupIds.size() >= 127) {
                throw problem("more than 127 groups; group by something coarser");
            }
            groupIds.add(id);
            groupChars.add(id.toCharArray());
            groupLabels.add(id);
            g = groupIds.size() - 1;
        }
        return g;
    }

    private String scalarText(JsonToken t, String what) throws IOException, DatasetLoadException {
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
            return p.getText();
        }
        throw problem(what + " must be a string or a whole number");
    }

    private long time(JsonToken t, String what) throws IOException, DatasetLoadException {
        if (t == JsonToken.VALUE_NUMBER_INT) {
            // the axis does arithmetic on these: beyond JavaScript's Date range (+-275,000 years) it overflows
            if (p.getNumberType() != JsonParser.NumberType.INT && p.getNumberType() != JsonParser.NumberType.LONG
                    || p.getLongValue() > MAX_EPOCH_MS || p.getLongValue() < -MAX_EPOCH_MS) {
                throw problem(what + " is out of range: " + p.getText() + " (epoch milliseconds within +-"
                        + MAX_EPOCH_MS + ", years -271821 to 275760)");
            }
            return p.getLongValue();
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            double v = p.getDoubleValue();
            if (Double.isFinite(v) && Math.abs(v) <= MAX_EPOCH_MS) {
                return Math.round(v);
            }
            throw problem(what + " is out of range: " + p.getText());
        }
        if (t == JsonToken.VALUE_STRING) {
            String text = p.getText();
            Long parsed;
            try {
                parsed = parseIso(text);
            } catch (IllegalArgumentException e) {
                throw problem(what + " " + e.getMessage());
            }
            if (parsed != null && (parsed > MAX_EPOCH_MS || parsed < -MAX_EPOCH_MS)) {
                throw problem(what + " \"" + text + "\" is out of range: years -271821 to 275760");
            }
            if (parsed != null) {
                return parsed;
            }
            throw problem(what + " \"" + text + "\" is not a date; expected epoch milliseconds or ISO 8601 "
                    + "such as 2011-03-19 or 2011-03-19T18:45:00Z");
        }
        throw problem(what + " must be epoch milliseconds or an ISO 8601 date");
    }

    /**
     * ISO 8601 date or date-time; without an offset it is read as UTC. Null if it has neither shape;
     * throws IllegalArgumentException (our message) when it has the shape of a date that does not exist.
     */
    static Long parseIso(String s) {
        WrittenDate date = DateText.iso(s);
        if (date == null) {
            return null;
        }
        try {
            return date.instant(ZoneOffset.UTC).toEpochMilli();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE; // a real instant, too far out for milliseconds: refused as out of range
        }
    }

    private void expectEndArray(String what) throws DatasetLoadException {
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw problem("every entry of \"" + what + "\" must be an object");
        }
    }

    private DatasetLoadException problem(String message) {
        JsonLocation at = p.currentTokenLocation();
        return DatasetLoadException.single(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unexpected input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
