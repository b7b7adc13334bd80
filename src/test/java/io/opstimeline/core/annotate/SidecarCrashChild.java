package io.opstimeline.core.annotate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Run in a child JVM by {@link SidecarCrashTest}: adds one note at a time and saves after each,
 * until it is killed. Before each save it appends "N" and a newline to the attempts file (a plain write, which a
 * SIGKILL of this process cannot undo), and prints "saved N" once the save has returned.
 */
public final class SidecarCrashChild {
    private SidecarCrashChild() {}

    public static void main(String[] args) throws Exception {
        SidecarFile sidecar = new SidecarFile(Path.of(args[0]));
        Path attempts = Path.of(args[1]);
        AnnotationStore store = new AnnotationStore(sidecar.load().document());
        int n = store.document().annotations().size();
        while (true) {
            n++;
            store.put(Annotation.onRecord("note-" + n, "talks", "edit number " + n + " " + "x".repeat(n % 200), null));
            Files.writeString(attempts, n + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            sidecar.save(store.document());
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
