package io.opstimeline.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refuses an output that would land on one of the inputs: the same path, a link to it, a hard
 * link, or another spelling of it. Inputs are registered with what they are, for the message.
 */
public final class OutputGuard {
    private final Map<Path, String> inputs = new LinkedHashMap<>();

    /** Adds an input (it need not exist yet, as a sidecar may not) with a name such as "the dataset". */
    public OutputGuard input(Path file, String what) {
        if (file != null) {
            inputs.putIfAbsent(file, what);
        }
        return this;
    }

    /** Throws {@link InputOverwriteException} when {@code output} is one of the inputs. */
    public void check(Path output) throws InputOverwriteException {
        for (Map.Entry<Path, String> in : inputs.entrySet()) {
            if (same(output, in.getKey())) {
                throw new InputOverwriteException(output, in.getKey(), in.getValue());
            }
        }
    }

    static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b); // links and hard links alike
            }
            return canonical(a).equals(canonical(b));
        } catch (IOException | SecurityException e) {
            return canonical(a).equals(canonical(b));
        }
    }

    /** The absolute path with links resolved as far as the file system has them. */
    private static Path canonical(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            Path resolved = AtomicFiles.resolveLinks(abs);
            Path parent = resolved.getParent();
            if (parent != null && Files.exists(parent)) {
                return parent.toRealPath().resolve(resolved.getFileName());
            }
            return resolved;
        } catch (IOException e) {
            return abs;
        }
    }
}
