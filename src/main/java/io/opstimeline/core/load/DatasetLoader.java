package io.opstimeline.core.load;

import io.opstimeline.core.io.BoundedInput;
import io.opstimeline.core.io.IoReasons;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Fingerprint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a dataset file: parse with positions, check against the schema, check references and
 * dates, build the immutable model. Either a whole Dataset comes back or a
 * {@link DatasetLoadException} listing every problem as {@code file:line:col: message}.
 */
public final class DatasetLoader {
    /** Larger files are refused before reading: a campaign dataset is a few megabytes. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public Dataset load(Path path) throws DatasetLoadException {
        return load(path, null);
    }

    /**
     * Loads with progress reports (0..1; may be null). Interrupting the loading thread stops it
     * with a {@link java.util.concurrent.CancellationException}.
     */
    public Dataset load(Path path, java.util.function.DoubleConsumer progress) throws DatasetLoadException {
        String name = path.toString();
        if (name.isBlank()) {
            // an empty name resolves to the working folder; say what is really wrong
            throw DatasetLoadException.single("(no file name)", 1, 1, "no file name was given; name a data file");
        }
        try {
            if (Files.isDirectory(path)) {
                throw DatasetLoadException.single(name, 1, 1, "this is a folder, not a data file");
            }
            // A device or a pipe has no size to check first: it is read only up to the limit.
            return load(name, BoundedInput.readAtMost(path, MAX_FILE_BYTES), progress);
        } catch (BoundedInput.TooLargeException e) {
            throw DatasetLoadException.single(name, 1, 1, tooLarge(e.knownSize()));
        } catch (NoSuchFileException e) {
            throw DatasetLoadException.single(name, 1, 1, "no such file");
        } catch (IOException e) {
            throw DatasetLoadException.single(name, 1, 1, "cannot read the file: " + IoReasons.reason(e));
        }
    }

    private static String tooLarge(long size) {
        String limit = MAX_FILE_BYTES / (1024 * 1024) + " MB";
        return size < 0
                ? "more than " + limit + " came from this input (not a regular file) before it ended;"
                        + " the limit for a dataset is " + limit + ": is this the right file?"
                : "file is " + size / (1024 * 1024) + " MB; the limit for a dataset is " + limit
                        + " (a whole campaign is a few MB): is this the right file?";
    }

    /** Loads a dataset bundled on the class path, such as the sample campaign. */
    public Dataset loadResource(String resource) throws DatasetLoadException {
        return loadResource(resource, true);
    }

    /**
     * Loads a dataset that ships inside the program without the JSON-schema check: the bundled
     * sample passes that check at build time (SampleDataTest), and starting the schema validator
     * on a cold JVM is the largest part of opening the sample at start-up. References and dates
     * are still checked, and the dataset is the same as {@link #loadResource} gives.
     */
    public Dataset loadBundled(String resource) throws DatasetLoadException {
        return loadResource(resource, false);
    }

    private Dataset loadResource(String resource, boolean schemaCheck) throws DatasetLoadException {
        try (InputStream in = DatasetLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw DatasetLoadException.single(resource, 1, 1, "bundled dataset is missing");
            }
            return load(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes(), null, schemaCheck);
        } catch (IOException e) {
            throw DatasetLoadException.single(resource, 1, 1, "cannot read the bundled dataset: " + e.getMessage());
        }
    }

    public Dataset load(String fileName, byte[] bytes) throws DatasetLoadException {
        return load(fileName, bytes, null);
    }

    private Dataset load(String fileName, byte[] bytes, java.util.function.DoubleConsumer progress)
            throws DatasetLoadException {
        return load(fileName, bytes, progress, true);
    }

    private Dataset load(String fileName, byte[] bytes, java.util.function.DoubleConsumer progress, boolean schemaCheck)
            throws DatasetLoadException {
        // Parsing is most of the bytes but not most of the time: it gets the first 60 %.
        java.util.function.DoubleConsumer report = progress == null ? p -> {} : progress;
        LocatedJson json = LocatedJson.parse(fileName, bytes, p -> report.accept(0.6 * p));
        stopIfCancelled(fileName);
        if (!json.root().isObject()) {
            throw DatasetLoadException.single(
                    fileName,
                    1,
                    1,
                    "expected a JSON object with \"format\", \"title\" and " + "\"events\", found "
                            + (json.root().isArray() ? "an array" : "a single value"));
        }
        List<LoadProblem> schemaProblems = schemaCheck ? SchemaCheck.check(fileName, json) : List.of();
        report.accept(0.85);
        stopIfCancelled(fileName);
        if (!schemaProblems.isEmpty()) {
            java.util.Set<LoadProblem> all = new java.util.LinkedHashSet<>(schemaProblems);
            all.addAll(new DatasetReader(fileName, json).checkOnly());
            List<LoadProblem> sorted = new java.util.ArrayList<>(all);
            sorted.sort(java.util.Comparator.comparingInt(LoadProblem::line).thenComparingInt(LoadProblem::column));
            throw new DatasetLoadException(sorted);
        }
        Path fileOnly = Path.of(fileName).getFileName();
        return new DatasetReader(fileName, json)
                .read(new Fingerprint(fileOnly == null ? fileName : fileOnly.toString(), sha256(bytes)));
    }

    private static void stopIfCancelled(String fileName) {
        if (Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("loading " + fileName + " was cancelled");
        }
    }

    /** The hex SHA-256 of a dataset's bytes, as its {@link Fingerprint} carries it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
