package io.opstimeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the command line's class-data archive (pom: export-class-archive): exports
 * the bundled sample once in every format, as a user would, so that the archive holds the classes
 * an export loads (PDFBox, POI and its OOXML schemas, the SVG and PNG writers, picocli). Run only by
 * the build, never by the app; it uses the bundled sample, nothing of the benchmark.
 */
public final class ExportClassArchiveTraining {
    private ExportClassArchiveTraining() {}

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "sample-data/oup-2011.json");
        Path out = Files.createTempDirectory("ops-timeline-class-archive");
        StringWriter log = new StringWriter();
        for (String format : new String[] {"pdf", "pptx", "png", "svg"}) {
            OpsTimelineCommand.run(
                    new String[] {
                        "export",
                        "--in",
                        sample.toString(),
                        "--format",
                        format,
                        "--split",
                        "month",
                        "--map",
                        "on",
                        "--out",
                        out.resolve("sample." + format).toString()
                    },
                    new PrintWriter(log),
                    new PrintWriter(log));
        }
        try (var files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(out);
    }
}
