package io.opstimeline.cli;

import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.export.Classification;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks data files; prints one OK line per good file and file:line:col lines for bad ones. */
@Command(name = "validate", description = "Check data files; exit 1 if any has errors.")
public final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "dataset or vis-timeline items files to check")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DatasetLoader loader = new DatasetLoader();
        int exit = 0;
        for (Path file : files) {
            try {
                if (VisItemsReader.looksLikeVisItems(file)) {
                    // the GUI opens these too, so validate checks them the same way it reads them
                    ItemStore items = VisItemsReader.read(file);
                    out.printf(
                            "OK %s: %d items in %d lanes (a vis-timeline items file)%n",
                            file, items.size(), items.laneCount());
                    continue;
                }
                Dataset d = loader.load(file);
                out.printf(
                        "OK %s: %d events, %d nations, %d series (%d points), %d sources%n",
                        file,
                        d.events().size(),
                        d.nations().size(),
                        d.series().size(),
                        d.seriesPointCount(),
                        d.sources().size());
                warnIfMarkingNeedsAColour(file, d, err);
            } catch (DatasetLoadException e) {
                exit = 1;
                for (LoadProblem p : e.problems()) {
                    err.println(p.format());
                }
            }
        }
        return exit;
    }

    /** The file is good, but its export will ask for a banner colour: say so now, not at export. */
    private static void warnIfMarkingNeedsAColour(Path file, Dataset d, PrintWriter err) {
        try {
            Classification.of(d.classification().orElse(null));
        } catch (IllegalArgumentException refused) {
            err.printf(
                    "%s: warning: %s Export it with --banner-colour (or --classification).%n",
                    file, refused.getMessage());
        }
    }
}
