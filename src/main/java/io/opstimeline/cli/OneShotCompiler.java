package io.opstimeline.cli;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Tells the JIT that this process is a one-shot command: no method is compiled by C2, the
 * optimising compiler, only by C1. A 20-slide deck spent about half of its CPU time in C2
 * compiling code it then ran for a second or two (8.2 s of CPU with C2, 4.0 s with C1 alone,
 * docs/benchmarks.md), and on two cores that compiling holds up the export itself. The same as
 * {@code -XX:TieredStopAtLevel=1}, which {@code java -jar} cannot carry; a compiler directive can be
 * added by the running process through the DiagnosticCommand MBean, as {@code jcmd
 * Compiler.directives_add} does. {@code -Dopstimeline.c2=true} keeps C2 (a very large export).
 */
final class OneShotCompiler {
    private static final String NO_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private OneShotCompiler() {}

    static void apply() {
        if (Boolean.getBoolean("opstimeline.c2")) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("ops-timeline-jit", ".json");
            Files.writeString(file, NO_C2, StandardCharsets.UTF_8);
            ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "compilerDirectivesAdd",
                            new Object[] {new String[] {file.toString()}},
                            new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // only a speed-up: a JVM without the MBean (or a read-only temp folder) exports as before
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
