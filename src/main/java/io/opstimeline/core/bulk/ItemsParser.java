package io.opstimeline.core.bulk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.opstimeline.core.date.DateText;
import io.opstimeline.core.date.WrittenDate;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * One pass of Jackson's streaming parser over an items file (or the tail half of one) into an
 * {@link ItemStoreBuilder}: no tree, no object per item, titles copied from the parser's buffer.
 * What differs between a whole-file read and the two halves of a split read is the {@link Pass}.
 */
final class ItemsParser {
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxStringLength(1 << 20)
                    .maxNumberLength(64)
                    .build())
            .build();
    private static final String NO_GROUP = "(no group)";
    /** JavaScript's Date range, which vis-timeline files keep to; the axis can do its sums within it. */
    static final long MAX_EPOCH_MS = 8_640_000_000_000_000L;

    /** What a kind of read does between items. */
    interface Pass {
        /**
         * Called after each item, with where it ends in bytes (asked only when needed: it costs an
         * object); true when the items after it are read elsewhere (the tail half's), so this pass stops.
         */
        boolean stopAfter(int index, LongSupplier endOffset) throws DatasetLoadException;

        /** Whether an item must carry its own id (the tail half cannot number items by position). */
        default boolean needsIds() {
            return false;
        }
    }

    private final String name;
    private final JsonParser p;
    private final Pass pass;
    private final ItemStoreBuilder builder;
    private final List<String> groupIds = new ArrayList<>();
    private final List<char[]> groupChars = new ArrayList<>();
    private final List<String> groupLabels = new ArrayList<>();
    /** The current item's title, copied out of the parser's buffer; reused from item to item. */
    private char[] title = new char[64];

    private boolean stopped;
    private final LongSupplier byteOffset;

    ItemsParser(String name, JsonParser parser, int expectedItems, Pass pass) {
        this.name = name;
        this.p = parser;
        this.pass = pass;
        this.builder = new ItemStoreBuilder(List.of(), List.of(), expectedItems);
        this.byteOffset = () -> p.currentLocation().getByteOffset();
    }

    /** True when the pass stopped early, leaving the rest of the items to another reader. */
    boolean stopped() {
        return stopped;
    }

    /** Reads the top-level object: its groups and its items, up to where the pass stops. */
    ItemsParser parseAll() throws IOException, DatasetLoadException {
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
                if (stopped) {
                    return this; // the rest of the file is another reader's
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
        return this;
    }

    /**
     * The store: this pass's items, then {@code tail}'s (null for none). The tail's groups follow
     * this pass's in order of first use, as one reader would have met them.
     */
    ItemStore build(ItemsParser tail) throws DatasetLoadException {
        if (tail != null) {
            int[] laneMap = new int[tail.groupIds.size()];
            for (int g = 0; g < laneMap.length; g++) {
                String id = tail.groupIds.get(g);
                laneMap[g] = lane(id);
                if (!tail.groupLabels.get(g).equals(id)) {
                    groupLabels.set(laneMap[g], tail.groupLabels.get(g));
                }
            }
            builder.append(tail.builder, laneMap);
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
                    if (content != null) {
                        drawable(content, "group content");
                    }
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
            // one call per item, not one long loop: the JIT compiles a method called many times
            // fully, where a loop run a few times stays half-compiled until a big file arrives
            readItem(n);
            if (pass.stopAfter(n++, byteOffset)) {
                stopped = true;
                return;
            }
        }
        expectEndArray("items");
    }

    /** Reads the item whose start the parser is at. */
    private void readItem(int n) throws IOException, DatasetLoadException {
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
                    if (t == JsonToken.VALUE_NUMBER_INT
                            && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER
                            && p.getLongValue() >= 0) {
                        numericId = p.getLongValue();
                    } else {
                        id = scalarText(t, "item id");
                    }
                    break;
                case "group":
                    group = groupOf(t);
                    break;
                case "type":
                    typeGiven = true;
                    typeRange = t == JsonToken.VALUE_STRING && spansTime();
                    break;
                case "start":
                    start = time(t, "start");
                    break;
                case "end":
                    end = t == JsonToken.VALUE_NULL ? Long.MIN_VALUE : time(t, "end");
                    break;
                case "content":
                    if (t == JsonToken.VALUE_STRING) {
                        titleLen = p.getTextLength();
                        if (titleLen > title.length) {
                            title = new char[Math.max(titleLen, title.length * 2)];
                        }
                        System.arraycopy(p.getTextCharacters(), p.getTextOffset(), title, 0, titleLen);
                        drawable(java.nio.CharBuffer.wrap(title, 0, titleLen), "item content");
                    } else {
                        p.skipChildren();
                    }
                    break;
                default:
                    p.skipChildren();
            }
        }
        if (pass.needsIds() && id == null && numericId < 0) {
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
    }

    /** How a message names an item: its id, or its position when it has none. */
    private static String label(String id, long numericId, int n) {
        return id != null ? id : numericId >= 0 ? Long.toString(numericId) : "#" + n;
    }

    /**
     * vis-timeline's item types are "box", "point", "range" and "background"; the last two span
     * time, the first two are instants.
     */
    private boolean spansTime() throws IOException {
        return textIs("range") || textIs("background");
    }

    /** The current string token equals {@code word}, compared in the parser's buffer (no String made). */
    private boolean textIs(String word) throws IOException {
        int len = p.getTextLength();
        if (len != word.length()) {
            return false;
        }
        char[] c = p.getTextCharacters();
        int o = p.getTextOffset();
        for (int i = 0; i < len; i++) {
            if (c[o + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
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
                    || p.getLongValue() > MAX_EPOCH_MS
                    || p.getLongValue() < -MAX_EPOCH_MS) {
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
            try {
                Long parsed = parseIso(text);
                if (parsed != null) {
                    return parsed;
                }
            } catch (IllegalArgumentException e) {
                throw problem(what + " " + e.getMessage());
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
        return date == null ? null : date.instant(ZoneOffset.UTC).toEpochMilli();
    }

    private void expectEndArray(String what) throws DatasetLoadException {
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw problem("every entry of \"" + what + "\" must be an object");
        }
    }

    /**
     * Text the timeline draws must be drawable (the same limits as a dataset's titles): refused here,
     * at its position, rather than ending the JVM in the text shaper on the first frame.
     */
    private void drawable(CharSequence text, String what) throws DatasetLoadException {
        String why = io.opstimeline.core.model.TextLimits.titleProblem(text);
        if (why != null) {
            throw problem(what + " is " + why);
        }
    }

    private DatasetLoadException problem(String message) {
        JsonLocation at = p.currentTokenLocation();
        return DatasetLoadException.single(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }
}
