package io.opstimeline.core.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opstimeline.core.model.TextLimits;
import java.io.CharConversionException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * A JSON tree that remembers where each value started in the file, so that checks made on the
 * tree (schema, references) can still say {@code line:col}. Jackson's tree forgets positions, so
 * we build it ourselves from the streaming parser. Keys are JSON pointers ("/events/3/start").
 */
public final class LocatedJson {
    /** Deep enough for any real dataset; deep nesting is an attack, not data. */
    static final int MAX_DEPTH = 64;

    static final int MAX_STRING_CHARS = 1_000_000;
    static final int MAX_NUMBER_CHARS = 64;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Never copy file content into messages: they are about where, not what.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private final JsonNode root;
    private final Map<String, int[]> positions;

    private LocatedJson(JsonNode root, Map<String, int[]> positions) {
        this.root = root;
        this.positions = positions;
    }

    public JsonNode root() {
        return root;
    }

    /** Line and column of the value at a pointer, or of its nearest located ancestor. */
    public int[] position(String pointer) {
        String p = pointer;
        while (true) {
            int[] pos = positions.get(p);
            if (pos != null) {
                return pos;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    public static LocatedJson parse(String file, byte[] bytes) throws DatasetLoadException {
        return parse(file, bytes, null);
    }

    /**
     * Parses with progress (0..1, by bytes read; may be null) and stops early, by throwing
     * {@link java.util.concurrent.CancellationException}, when the calling thread is interrupted.
     */
    public static LocatedJson parse(String file, byte[] bytes, DoubleConsumer progress) throws DatasetLoadException {
        if (bytes.length == 0) {
            throw DatasetLoadException.single(file, 1, 1, "the file is empty; expected a JSON object");
        }
        Map<String, int[]> positions = new HashMap<>();
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(bytes);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw DatasetLoadException.single(file, 1, 1, "the file holds no JSON value; expected a JSON object");
            }
            JsonNode root = read(parser, "", new Walk(file, positions, bytes.length, progress));
            JsonLocation end = parser.currentLocation();
            JsonToken trailing;
            try {
                trailing = parser.nextToken();
            } catch (JsonProcessingException e) {
                trailing = JsonToken.NOT_AVAILABLE;
            }
            if (trailing != null) {
                JsonLocation at = trailing == JsonToken.NOT_AVAILABLE ? end : parser.currentTokenLocation();
                throw DatasetLoadException.single(
                        file,
                        at.getLineNr(),
                        Math.max(1, at.getColumnNr()),
                        "unexpected content after the end of the JSON document");
            }
            return new LocatedJson(root, positions);
        } catch (StreamConstraintsException e) {
            throw problemAt(file, e, parser, constraintMessage(e));
        } catch (JsonProcessingException e) {
            throw problemAt(file, e, parser, JsonMessages.friendly(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            throw problemAt(
                    file, null, parser, "the file is not valid UTF-8 text (" + e.getMessage() + "); save it as UTF-8");
        } catch (IOException e) {
            throw DatasetLoadException.single(file, 1, 1, "could not read the JSON: " + e.getMessage());
        } finally {
            if (parser != null) {
                try {
                    parser.close();
                } catch (IOException e) {
                    // reading from memory: nothing to release
                }
            }
        }
    }

    /** Counts values as they are read: the memory guard, the progress report and the cancel check. */
    private static final class Walk {
        private static final int CHECK_EVERY = 1 << 16;
        private final String file;
        private final Map<String, int[]> positions;
        private final long totalBytes;
        private final DoubleConsumer progress;
        private final long maxValues = maxValues();
        private long count;

        Walk(String file, Map<String, int[]> positions, long totalBytes, DoubleConsumer progress) {
            this.file = file;
            this.positions = positions;
            this.totalBytes = Math.max(1, totalBytes);
            this.progress = progress;
        }

        void value(JsonParser p, JsonLocation at) throws DatasetLoadException {
            if (++count > maxValues) {
                throw DatasetLoadException.single(
                        file,
                        at.getLineNr(),
                        Math.max(1, at.getColumnNr()),
                        "more than "
                                + maxValues
                                + " values; that is more than this program can hold in its memory (raise it "
                                + "with -Xmx) and far more than a campaign dataset needs");
            }
            if (count % CHECK_EVERY == 0) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("loading " + file + " was cancelled");
                }
                if (progress != null) {
                    progress.accept(Math.min(1.0, p.currentLocation().getByteOffset() / (double) totalBytes));
                }
            }
        }
    }

    /**
     * Each value costs about {@value #BYTES_PER_VALUE} bytes here (node, pointer key, position), so
     * the count is bounded by the heap: a huge array of zeros is refused with a message instead of
     * running the JVM out of memory after minutes of garbage collection.
     */
    static final int BYTES_PER_VALUE = 400;

    public static final String MAX_VALUES_PROPERTY = "ops-timeline.maxValues";

    /** How many JSON values one file may hold, given this JVM's heap. */
    public static long maxValues() {
        long byHeap = Math.max(100_000, Runtime.getRuntime().maxMemory() / BYTES_PER_VALUE);
        // A lower cap may be set (tests use it to exercise the guard without filling the heap).
        Long set = Long.getLong(MAX_VALUES_PROPERTY);
        return set == null || set < 1 ? byHeap : Math.min(byHeap, set);
    }

    private static JsonNode read(JsonParser p, String pointer, Walk walk) throws IOException, DatasetLoadException {
        Map<String, int[]> positions = walk.positions;
        JsonLocation at = p.currentTokenLocation();
        walk.value(p, at);
        positions.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    object.set(name, read(p, pointer + "/" + escape(name), walk));
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int index = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(read(p, pointer + "/" + index++, walk));
                }
                return array;
            }
            case VALUE_STRING: {
                String text = p.getText();
                String undrawable = TextLimits.combiningMarksProblem(text);
                if (undrawable != null) {
                    throw DatasetLoadException.single(
                            walk.file,
                            at.getLineNr(),
                            at.getColumnNr(),
                            (pointer.isEmpty() ? "" : DatasetReader.readable(pointer) + ": ") + undrawable);
                }
                return nodes.textNode(text);
            }
            case VALUE_NUMBER_INT:
                return nodes.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                try {
                    return nodes.numberNode(p.getDecimalValue());
                } catch (NumberFormatException e) {
                    // Found by fuzzing: 4E444444444444444 has an exponent BigDecimal cannot hold.
                    throw DatasetLoadException.single(
                            walk.file,
                            at.getLineNr(),
                            at.getColumnNr(),
                            "the number " + abbreviate(p.getText())
                                    + " has an exponent too large to be a number we can use");
                }
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IllegalStateException("unexpected token " + p.currentToken());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** At the exception's location, or where the parser stopped when the exception has none. */
    private static DatasetLoadException problemAt(
            String file, JsonProcessingException e, JsonParser parser, String message) {
        JsonLocation at = e == null ? null : e.getLocation();
        if ((at == null || at.getLineNr() < 1) && parser != null) {
            at = parser.currentLocation();
        }
        int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
        int col = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
        return DatasetLoadException.single(file, line, col, message);
    }

    private static String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "nesting deeper than " + MAX_DEPTH + " levels; a dataset never needs that";
        }
        if (m.contains("String value length")) {
            return "a text value longer than " + MAX_STRING_CHARS + " characters; no field of a dataset needs that";
        }
        if (m.contains("Number value length")) {
            return "a number longer than " + MAX_NUMBER_CHARS + " digits; no value we can use is that long";
        }
        if (m.contains("Name length")) {
            return "a field name longer than " + FACTORY.streamReadConstraints().getMaxNameLength()
                    + " characters; no field of a dataset is named like that";
        }
        return "input exceeds a safety limit: " + cleanMessage(m);
    }

    /** Jackson's messages mention Java types and source-reference dumps; keep the useful first sentence. */
    static String cleanMessage(String m) {
        if (m == null) {
            return "malformed input";
        }
        String s = m.replaceAll("\\s*\\n.*", "");
        s = s.replace(
                " (for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: ",
                " (line ");
        return s.strip();
    }
}
