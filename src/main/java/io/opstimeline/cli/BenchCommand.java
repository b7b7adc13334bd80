package io.opstimeline.cli;

import io.opstimeline.core.load.DatasetLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the shared benchmark protocol headless and prints its one line; details go to stderr. */
@Command(name = "bench", description = "Measure load, zoom and pan on the real timeline view, headless.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    static final class Input {
        @Option(names = "--items", paramLabel = "FILE", description = "items/groups JSON as gen.js writes it")
        Path items;

        @Option(names = "--generate", paramLabel = "N", description = "generate N items in memory (gen.js ported)")
        Integer generate;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--seed", defaultValue = "20110301", description = "generator seed (default ${DEFAULT-VALUE})")
    int seed;

    @Option(names = "--no-warm", negatable = false, description = "skip the warm second pass (stderr)")
    boolean noWarm;

    @Option(names = "--size", defaultValue = "1920x1080", description = "viewport (default ${DEFAULT-VALUE})")
    String size;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String[] wh = size.split("x");
        int w = Integer.parseInt(wh[0]);
        int h = Integer.parseInt(wh[1]);
        try {
            return new io.opstimeline.bench.Bench(out, err, w, h).run(input.items,
                    input.generate == null ? 0 : input.generate, seed, !noWarm);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof DatasetLoadException) {
                ((DatasetLoadException) e.getCause()).problems().forEach(p -> err.println(p.format()));
                return 1;
            }
            throw e;
        } catch (DatasetLoadException e) {
            e.problems().forEach(p -> err.println(p.format()));
            return 1;
        }
    }
}
