package io.opstimeline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** The top command: no arguments opens the GUI on the bundled sample; sub-commands run headless. */
@Command(
        name = "ops-timeline",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Browse, annotate and export campaign timelines.",
        subcommands = {
            ValidateCommand.class,
            OpsTimelineCommand.OpenCommand.class,
            ExportCommand.class,
            BenchCommand.class,
            ImportCommand.class
        })
public final class OpsTimelineCommand implements Callable<Integer> {
    /** Returned when the GUI took over the thread; the JVM then lives as long as the window. */
    public static final int GUI_STARTED = -1;

    @Override
    public Integer call() {
        return GuiLauncher.launch(null);
    }

    /** Runs the command line with the given streams; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new OpsTimelineCommand());
        cli.setOut(out);
        cli.setErr(err);
        // Each expected failure is handled where it happens, with its own exit code (ExitCodes);
        // reaching this handler is a bug of ours. It must still not show a stack trace: that goes to the log.
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            org.slf4j.LoggerFactory.getLogger(OpsTimelineCommand.class).error("unexpected failure (a bug)", ex);
            err.println("error: unexpected failure, a bug in Ops Timeline: " + ex + "; please report it with the log "
                    + io.opstimeline.logging.LogLocation.logFile());
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The process's command line (from Main); tests call the other run, so their JVM keeps its JIT. */
    public static int run(String[] args) {
        if (args.length > 0 && "export".equals(args[0])) {
            OneShotCompiler.apply(); // a one-shot export: see OneShotCompiler
        }
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    @Command(name = "open", description = "Open a dataset in the GUI.")
    static final class OpenCommand implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "dataset to open")
        Path file;

        @Override
        public Integer call() {
            return GuiLauncher.launch(file);
        }
    }
}
