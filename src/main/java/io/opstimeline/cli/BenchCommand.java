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

    /** A window no screen has is not a measurement; 1 to 5 digits keeps the parse from overflowing. */
    private static final java.util.regex.Pattern SIZE = java.util.regex.Pattern.compile("(\\d{1,5})[xX](\\d{1,5})");

    private static final int MIN_SIDE = 200;
    private static final int MAX_SIDE = 8192;
    /** The protocol's largest step is 10 M; past 50 M the arrays outgrow any heap we run with. */
    private static final int MAX_GENERATE = 50_000_000;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--seed", defaultValue = "20110301", description = "generator seed (default ${DEFAULT-VALUE})")
    int seed;

    @Option(names = "--no-warm", negatable = false, description = "skip the warm second pass (stderr)")
    boolean noWarm;

    @Option(
            names = "--map",
            negatable = false,
            description = "measure the map instead: the items given places, the protocol's steps on the map pane")
    boolean map;

    @Option(names = "--size", defaultValue = "1920x1080", description = "viewport (default ${DEFAULT-VALUE})")
    String size;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        java.util.regex.Matcher wh = SIZE.matcher(size.strip());
        int w = wh.matches() ? Integer.parseInt(wh.group(1)) : -1;
        int h = wh.matches() ? Integer.parseInt(wh.group(2)) : -1;
        if (w < MIN_SIDE || h < MIN_SIDE || w > MAX_SIDE || h > MAX_SIDE) {
            err.println("error: --size: expected WIDTHxHEIGHT with each side " + MIN_SIDE + " to " + MAX_SIDE
                    + " pixels, such as 1920x1080; got \"" + size + "\"");
            return ExitCodes.USAGE;
        }
        if (input.generate != null && (input.generate < 1 || input.generate > MAX_GENERATE)) {
            err.println("error: --generate: expected 1 to " + MAX_GENERATE + " items, got " + input.generate);
            return ExitCodes.USAGE;
        }
        try {
            if (map) {
                return new io.opstimeline.bench.MapBench(out, err, w, h)
                        .run(input.items, input.generate == null ? 0 : input.generate, seed);
            }
            return new io.opstimeline.bench.Bench(out, err, w, h)
                    .run(input.items, input.generate == null ? 0 : input.generate, seed, !noWarm);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof DatasetLoadException) {
                ((DatasetLoadException) e.getCause()).problems().forEach(p -> err.println(p.format()));
                return ExitCodes.BAD_INPUT;
            }
            throw e;
        } catch (DatasetLoadException e) {
            e.problems().forEach(p -> err.println(p.format()));
            return ExitCodes.BAD_INPUT;
        }
    }
}
