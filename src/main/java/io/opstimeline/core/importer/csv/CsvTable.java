package io.opstimeline.core.importer.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.opstimeline.core.load.DatasetLoadException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file read whole into cells that remember their line and column. Bytes must be UTF-8
 * (a BOM is allowed, and UTF-16 with a BOM as Excel's "Unicode text" writes it); quoting follows
 * RFC 4180, so a quoted cell may hold separators, quotes ("") and line breaks.
 */
public final class CsvTable {
    /** Longest cell we accept; the dataset format allows 100,000 characters of text. */
    public static final int MAX_CELL_CHARS = 100_000;

    /** One cell as written, spaces around it trimmed, at the line and column where it starts. */
    public record Cell(String text, int line, int column) {
        public boolean isBlank() {
            return text.isBlank();
        }
    }

    /** One data row; {@code line} is where it starts (a quoted cell may span lines). */
    public record Row(int line, List<Cell> cells) {
        /** The cell in a column, or a blank one when the row is shorter than the header. */
        public Cell cell(int column) {
            if (column < cells.size()) {
                return cells.get(column);
            }
            Cell last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            return new Cell(
                    "", line, last == null ? 1 : last.column() + last.text().length() + 1);
        }
    }

    private final List<Cell> header;
    private final List<Row> rows;
    private final char separator;

    private CsvTable(List<Cell> header, List<Row> rows, char separator) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.separator = separator;
    }

    public List<Cell> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public char separator() {
        return separator;
    }

    /** Reads the file; blank lines are skipped. A null separator is taken from the header line. */
    public static CsvTable read(String file, byte[] bytes, Character separator) throws DatasetLoadException {
        String text = decode(file, bytes);
        if (text.isBlank()) {
            throw DatasetLoadException.single(
                    file, 1, 1, "the file is empty; expected a header line naming the columns");
        }
        // Excel may write "sep=;" as a first line to name the separator: honour it, then skip it.
        java.util.regex.Matcher sepLine =
                java.util.regex.Pattern.compile("\\Asep=(.)\\r?\\n").matcher(text);
        Character declared = null;
        if (sepLine.find()) {
            declared = sepLine.group(1).charAt(0);
            text = "\n" + text.substring(sepLine.end()); // keeps the line numbers
        }
        char sep = separator != null ? separator : declared != null ? declared : guessSeparator(text);
        CsvFactory factory = CsvFactory.builder()
                .enable(CsvParser.Feature.TRIM_SPACES)
                .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(MAX_CELL_CHARS * 10)
                        .build())
                .build();
        List<Cell> header = null;
        List<Row> rows = new ArrayList<>();
        long lastTokenOffset = 0;
        try (CsvParser p = factory.createParser(new StringReader(text))) {
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(sep));
            List<Cell> cells = new ArrayList<>();
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.VALUE_STRING) {
                    JsonLocation at = p.currentTokenLocation();
                    lastTokenOffset = at.getCharOffset();
                    String value = p.getText();
                    if (value.length() > MAX_CELL_CHARS) {
                        throw DatasetLoadException.single(
                                file,
                                at.getLineNr(),
                                at.getColumnNr(),
                                "a cell of " + value.length() + " characters; the limit is " + MAX_CELL_CHARS);
                    }
                    cells.add(new Cell(value.strip(), at.getLineNr(), at.getColumnNr()));
                } else if (t == JsonToken.END_ARRAY) {
                    boolean blank = cells.stream().allMatch(Cell::isBlank);
                    if (header == null && !blank) {
                        header = cells;
                    } else if (header != null && !blank) {
                        rows.add(new Row(cells.get(0).line(), cells));
                    }
                    cells = new ArrayList<>();
                }
            }
        } catch (StreamConstraintsException e) {
            throw at(file, e, "a cell longer than " + MAX_CELL_CHARS + " characters");
        } catch (JsonProcessingException e) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("closing quote")) {
                int[] pos = openingQuote(text, (int) lastTokenOffset);
                throw DatasetLoadException.single(
                        file, pos[0], pos[1], "a quoted cell starts here and is never closed (a \" is missing)");
            }
            throw at(file, e, "not readable as CSV: " + m.replaceAll("\\s*\\n.*", ""));
        } catch (IOException e) {
            throw DatasetLoadException.single(file, 1, 1, "could not read the CSV: " + e.getMessage());
        }
        if (header == null) {
            throw DatasetLoadException.single(
                    file, 1, 1, "the file is empty; expected a header line naming the columns");
        }
        return new CsvTable(header, rows, sep);
    }

    private static DatasetLoadException at(String file, JsonProcessingException e, String message) {
        JsonLocation l = e.getLocation();
        return DatasetLoadException.single(
                file,
                l == null ? 1 : Math.max(1, l.getLineNr()),
                l == null ? 1 : Math.max(1, l.getColumnNr()),
                message);
    }

    /** Position of the first quote after the last cell that was read: where the unclosed cell opens. */
    private static int[] openingQuote(String text, int from) {
        int q = text.indexOf('"', Math.max(0, from));
        if (q < 0) {
            q = Math.max(0, text.length() - 1);
        }
        return lineAndColumn(text, q);
    }

    static int[] lineAndColumn(CharSequence text, int offset) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    /** The separator that occurs most often outside quotes in the header line; a comma on a tie. */
    static char guessSeparator(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        if (tab > comma && tab >= semicolon) {
            return '\t';
        }
        return semicolon > comma ? ';' : ',';
    }

    /** Strict decoding, so a Latin-1 file is reported at its first bad byte rather than misread. */
    static String decode(String file, byte[] bytes) throws DatasetLoadException {
        int start = 0;
        java.nio.charset.Charset charset = StandardCharsets.UTF_8;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            start = 2;
            charset = StandardCharsets.UTF_16LE;
        } else if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            start = 2;
            charset = StandardCharsets.UTF_16BE;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) bytes.length + 16));
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int bad = in.position();
            out.flip();
            int[] pos = lineAndColumn(out, out.length());
            throw DatasetLoadException.single(
                    file,
                    pos[0],
                    pos[1],
                    String.format(
                            "the file is not UTF-8 text (byte 0x%02X at offset %d); save it as \"CSV UTF-8\"",
                            bytes[Math.min(bad, bytes.length - 1)] & 0xff, bad));
        }
        out.flip();
        String s = out.toString();
        if (s.indexOf('\0') >= 0) {
            int[] pos = lineAndColumn(s, s.indexOf('\0'));
            throw DatasetLoadException.single(
                    file,
                    pos[0],
                    pos[1],
                    "the file holds a NUL character; it is binary or UTF-16 without a BOM, not CSV text");
        }
        return s;
    }
}
