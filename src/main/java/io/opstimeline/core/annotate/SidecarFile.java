package io.opstimeline.core.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opstimeline.core.io.AtomicFiles;
import io.opstimeline.core.io.BoundedInput;
import io.opstimeline.core.io.IoReasons;
import io.opstimeline.core.io.OutputGuard;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Rgb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The sidecar next to a data file, {@code <data-name>.annotations.json}: annotations and saved
 * views, never written into the data itself. Saving is atomic ({@link AtomicFiles}): the new
 * content goes to a temp file in the same folder, is forced to disk, and is moved over the old file
 * in one step, after the old file was copied to {@code .bak}. A kill at any moment therefore leaves either the old or the new
 * file whole, and a damaged file falls back to the backup.
 */
public final class SidecarFile {
    public static final String FORMAT = "ops-timeline-annotations/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a load found: the document, and warnings worth telling the user (never fatal). */
    public record Loaded(AnnotationDocument document, List<String> warnings) {}

    /** A sidecar of many thousand notes is a few MB; a device or a pipe named as one stops here. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** JavaScript's Date range, as for items files: the axis and the page can do their sums within it. */
    private static final long MAX_EPOCH_MS = 8_640_000_000_000_000L;

    private final Path file;

    public SidecarFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The sidecar of a data file: {@code oup-2011.json} has {@code oup-2011.annotations.json}. */
    public static SidecarFile besideData(Path dataFile) {
        String name = dataFile.getFileName().toString();
        String base =
                name.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return new SidecarFile(dataFile.toAbsolutePath().resolveSibling(base + ".annotations.json"));
    }

    /**
     * Where the workbench keeps the notes of a dataset that has no file of its own beside it (the
     * bundled sample): the user's folder, named after the data file.
     */
    public static SidecarFile inUserFolder(String dataFileName) {
        return besideData(Path.of(System.getProperty("user.home"), ".ops-timeline", "annotations", dataFileName));
    }

    /** Reads the file strictly: missing or damaged is an error, for a file the user named. */
    public AnnotationDocument read() throws IOException, SidecarFormatException {
        return parse(Files.readAllBytes(file), file);
    }

    public Path path() {
        return file;
    }

    /**
     * The warning for notes pinned to records the dataset lacks, the same words on the command line
     * and in the GUI; null when there are none. They stay in the file, so renaming a record back brings them back.
     */
    public String missingRecordsWarning(AnnotationDocument doc, Dataset dataset) {
        int missing = doc.onMissingRecords(id -> dataset.event(id).isPresent()).size();
        if (missing == 0) {
            return null;
        }
        return file + ": " + missing + (missing == 1 ? " note is" : " notes are") + " pinned to records that "
                + (dataset.fingerprint() == null
                        ? "the dataset"
                        : dataset.fingerprint().fileName())
                + " does not have; kept in the file, not drawn";
    }

    /** What an export must not write over: the data file, this sidecar and its backup (after links). */
    public OutputGuard inputsWith(Path dataFile) {
        return new OutputGuard()
                .input(dataFile, "the dataset")
                .input(file, "the annotations file")
                .input(backupPath(), "the annotations' backup");
    }

    public Path backupPath() {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * Reads the sidecar; a missing file is an empty document. A damaged file is kept aside as
     * {@code .unreadable} and the backup is read instead, with a warning.
     */
    public Loaded load() {
        List<String> warnings = new ArrayList<>();
        if (Files.isDirectory(file)) {
            warnings.add(file + ": is a folder, not an annotations file; no annotations loaded");
            return new Loaded(AnnotationDocument.EMPTY, warnings);
        }
        try {
            return new Loaded(parse(BoundedInput.readAtMost(file, MAX_BYTES), file), warnings);
        } catch (NoSuchFileException missing) {
            if (!Files.exists(backupPath())) {
                return new Loaded(AnnotationDocument.EMPTY, warnings);
            }
            warnings.add(file + ": missing; using the backup " + backupPath().getFileName());
        } catch (SidecarFormatException e) {
            warnings.add(e.getMessage());
            keepAside();
        } catch (IOException e) {
            warnings.add(file + ": cannot read the annotations: " + IoReasons.reason(e));
            keepAside();
        }
        try {
            AnnotationDocument backup = parse(BoundedInput.readAtMost(backupPath(), MAX_BYTES), backupPath());
            warnings.add(file + ": annotations restored from " + backupPath().getFileName());
            return new Loaded(backup, warnings);
        } catch (NoSuchFileException missing) {
            return new Loaded(AnnotationDocument.EMPTY, warnings);
        } catch (SidecarFormatException e) {
            warnings.add(e.getMessage());
            return new Loaded(AnnotationDocument.EMPTY, warnings);
        } catch (IOException e) {
            warnings.add(backupPath() + ": cannot read the backup: " + IoReasons.reason(e));
            return new Loaded(AnnotationDocument.EMPTY, warnings);
        }
    }

    private void keepAside() {
        if (!Files.isRegularFile(file)) {
            return; // a device or a pipe: nothing to keep, and copying it would never end
        }
        try {
            Files.copy(
                    file, file.resolveSibling(file.getFileName() + ".unreadable"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ignored) {
            // best effort: the backup is what we restore from either way
        }
    }

    /**
     * Writes the document through {@link AtomicFiles} (temp file, fsync, atomic move), keeping the
     * previous copy as .bak, itself written the same way so a kill during the copy spoils nothing.
     */
    public void save(AnnotationDocument doc) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(toJson(doc));
        Files.createDirectories(file.getParent());
        if (Files.isRegularFile(file)) {
            AtomicFiles.write(backupPath(), Files.readAllBytes(file));
        }
        AtomicFiles.write(file, bytes);
    }

    /**
     * Reads the sidecar or says why not, for a file the user named: missing, a folder, unreadable
     * or damaged are errors here (no backup is tried), each message naming the file.
     */
    public AnnotationDocument loadNamed() throws SidecarFormatException {
        if (Files.isDirectory(file)) {
            throw new SidecarFormatException(file + ": is a folder, not an annotations file");
        }
        try {
            return parse(BoundedInput.readAtMost(file, MAX_BYTES), file);
        } catch (NoSuchFileException e) {
            throw new SidecarFormatException(file + ": no such annotations file");
        } catch (BoundedInput.TooLargeException e) {
            throw new SidecarFormatException(
                    file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MB; not an annotations file");
        } catch (IOException e) {
            throw new SidecarFormatException(file + ": cannot read the annotations: " + IoReasons.reason(e));
        }
    }

    static AnnotationDocument parse(byte[] bytes, Path origin) throws SidecarFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new SidecarFormatException(
                    origin + (loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr()) + ": not valid JSON: "
                            + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SidecarFormatException(origin + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new SidecarFormatException(origin + ": expected a JSON object");
        }
        List<Annotation> annotations = new ArrayList<>();
        List<SavedView> views = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("annotations")) {
            try {
                annotations.add(annotation(n));
            } catch (RuntimeException e) {
                throw new SidecarFormatException(origin + ": annotation " + (i + 1) + ": " + e.getMessage());
            }
            i++;
        }
        i = 0;
        for (JsonNode n : root.path("views")) {
            try {
                views.add(view(n));
            } catch (RuntimeException e) {
                throw new SidecarFormatException(origin + ": view " + (i + 1) + ": " + e.getMessage());
            }
            i++;
        }
        return new AnnotationDocument(annotations, views);
    }

    private static Annotation annotation(JsonNode n) {
        return new Annotation(
                n.path("id").asText(AnnotationStore.newId()),
                kind(n.path("kind").asText("note")),
                text(n, "event"),
                instant(n, "start"),
                instant(n, "end"),
                text(n, "text"),
                n.hasNonNull("color") ? Rgb.parse(n.get("color").asText()) : null);
    }

    private static AnnotationKind kind(String text) {
        for (AnnotationKind k : AnnotationKind.values()) {
            if (k.name().equalsIgnoreCase(text)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind: expected one of "
                + java.util.Arrays.stream(AnnotationKind.values())
                        .map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                        .toList()
                + ", got \"" + text + "\"");
    }

    private static SavedView view(JsonNode n) {
        JsonNode f = n.path("filter");
        ViewFilter filter = new ViewFilter(
                strings(f.path("kinds")),
                strings(f.path("nations")),
                text(f, "text"),
                text(f, "minGrading"),
                "dim".equals(text(f, "mode"))
                        ? io.opstimeline.core.filter.FilterMode.DIM
                        : io.opstimeline.core.filter.FilterMode.HIDE);
        return new SavedView(n.path("name").asText(), instant(n, "start"), instant(n, "end"), filter, text(n, "lanes"));
    }

    private static String text(JsonNode n, String field) {
        String text = n.hasNonNull(field) ? n.get(field).asText() : null;
        String undrawable = text == null ? null : io.opstimeline.core.model.TextLimits.combiningMarksProblem(text);
        if (undrawable != null) {
            throw new IllegalArgumentException(field + ": " + undrawable);
        }
        return text;
    }

    private static Instant instant(JsonNode n, String field) {
        String s = text(n, field);
        try {
            Instant at = s == null ? null : Instant.parse(s);
            if (at != null
                    && (at.getEpochSecond() > MAX_EPOCH_MS / 1000 || at.getEpochSecond() < -MAX_EPOCH_MS / 1000)) {
                throw new IllegalArgumentException(field + ": " + s + " is out of range; years -271821 to 275760");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": expected an instant like 2011-03-19T00:00:00Z, got " + s);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static ObjectNode toJson(AnnotationDocument doc) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode list = root.putArray("annotations");
        for (Annotation a : doc.annotations()) {
            ObjectNode n = list.addObject();
            n.put("id", a.id());
            n.put("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
            putIf(n, "event", a.eventId());
            putIf(n, "start", a.start() == null ? null : a.start().toString());
            putIf(n, "end", a.end() == null ? null : a.end().toString());
            n.put("text", a.text());
            n.put("color", a.color().hex());
        }
        ArrayNode views = root.putArray("views");
        for (SavedView v : doc.views()) {
            ObjectNode n = views.addObject();
            n.put("name", v.name());
            n.put("start", v.start().toString());
            n.put("end", v.end().toString());
            n.put("lanes", v.lanes());
            ObjectNode f = n.putObject("filter");
            v.filter().kinds().forEach(f.putArray("kinds")::add);
            v.filter().nations().forEach(f.putArray("nations")::add);
            putIf(f, "text", v.filter().text());
            putIf(f, "minGrading", v.filter().minGrading());
            f.put("mode", v.filter().mode().name().toLowerCase(java.util.Locale.ROOT));
        }
        return root;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
