package io.opstimeline.core.annotate;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SidecarCrashTest}: adds one note at a time and saves after each,
 * printing "saved N" once each save has returned, until it is killed.
 */
public final class SidecarCrashChild {
    private SidecarCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        SidecarFile sidecar = new SidecarFile(Path.of(args[0]));
        AnnotationStore store = new AnnotationStore(sidecar.load().document());
        int n = store.document().annotations().size();
        while (true) {
            n++;
            store.put(Annotation.onRecord("note-" + n, "talks", "edit number " + n + " " + "x".repeat(n % 200), null));
            sidecar.save(store.document());
            System.out.println("saved " + n);
            System.out.flush();
        }
    }
}
