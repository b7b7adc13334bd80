package io.opstimeline.cli;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.SavedView;
import io.opstimeline.core.annotate.SidecarFile;
import io.opstimeline.core.annotate.SidecarFormatException;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.bulk.VisItemsReader;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.export.Split;
import io.opstimeline.core.io.InputOverwriteException;
import io.opstimeline.core.load.DatasetLoadException;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.load.DateParser;
import io.opstimeline.core.load.LoadProblem;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.export.BriefingExporter;
import io.opstimeline.export.ExportFormat;
import io.opstimeline.export.ExportSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes briefing pages without a display: the same painter as the GUI's File > Export, so a
 * script's morning brief matches what the analyst saw.
 */
@Command(name = "export", description = "Export briefing pages (PNG, SVG, PDF or PowerPoint) without a display.")
public final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, paramLabel = "DATA.json", description = "dataset file")
    Path in;

    @Option(
            names = "--annotations",
            paramLabel = "FILE",
            description = "annotations sidecar (default: <data-name>.annotations.json beside the data, if present)")
    Path annotations;

    @Option(names = "--view", paramLabel = "NAME", description = "saved view to export, one page each; repeatable")
    List<String> views = new ArrayList<>();

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "start of a date range page (e.g. 2011-03-19); alone, the range runs to the last record")
    String from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "end of the range, inclusive (e.g. 2011-04-30); alone, the range starts at the first record")
    String to;

    @Option(
            names = "--format",
            paramLabel = "png|svg|pdf|pptx",
            converter = FormatConverter.class,
            description = "output format (default: the --out file's extension)")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "output file")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "PNG width in pixels")
    Integer width;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default 150)")
    Integer dpi;

    @Option(
            names = "--paper",
            paramLabel = "a4|a3|letter",
            defaultValue = "a4",
            converter = PaperConverter.class,
            description = "paper size (default a4)")
    Paper paper;

    @Option(names = "--landscape", description = "landscape pages (the default)")
    boolean landscape;

    @Option(names = "--portrait", description = "portrait pages")
    boolean portrait;

    @Option(names = "--title", paramLabel = "T", description = "page title (default: the dataset's title)")
    String title;

    @Option(names = "--subtitle", paramLabel = "S", description = "page subtitle")
    String subtitle;

    @Option(
            names = "--classification",
            paramLabel = "TEXT",
            description =
                    "banner marking (default: the dataset's); UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP SECRET or free text")
    String classification;

    @Option(names = "--no-legend", description = "leave out the legend")
    boolean noLegend;

    @Option(names = "--no-callouts", description = "leave out the numbered annotation list")
    boolean noCallouts;

    @Option(
            names = "--banner-colour",
            paramLabel = "#RRGGBB",
            description =
                    "banner colour for a marking outside the US/NATO grammar (otherwise such a marking is refused)")
    String bannerColour;

    @Option(
            names = "--lanes",
            paramLabel = "kind|nation",
            description = "lanes of the range or whole-dataset page (saved views keep their own)")
    String lanes;

    @Option(
            names = "--table",
            paramLabel = "on|off|auto",
            description = "events table after the timeline pages:"
                    + " every record of the window (default: on for several views or periods, else auto: when some record"
                    + " is not labelled on the timeline)")
    String table;

    @Option(
            names = "--chart",
            paramLabel = "on|off|page",
            defaultValue = "on",
            description = "the dataset's series under the timeline, on a page of their own, or not (default on)")
    String chart;

    @Option(
            names = "--map",
            paramLabel = "off|on|page",
            defaultValue = "off",
            description = "the page's records at their places (Natural Earth basemap): a panel beside the timeline"
                    + " (below it on portrait paper), a map page after each view's timeline, or none (default off)")
    String map;

    @Option(
            names = "--theme",
            paramLabel = "light|dark",
            defaultValue = "light",
            description = "page colours: light (default, for print) or the workbench's dark (slides on a screen)")
    String theme;

    @Option(
            names = "--split",
            paramLabel = "none|week|month|quarter",
            defaultValue = "none",
            description = "one page per period of each window, all on one time scale")
    String split;

    @Override
    public Integer call() {
        System.setProperty("java.awt.headless", "true");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (landscape && portrait) {
            err.println("error: choose --landscape or --portrait, not both");
            return ExitCodes.USAGE;
        }
        if (format == null) {
            format = formatOf(out);
            if (format == null) {
                err.println("error: say which format with --format png|svg|pdf|pptx, or end --out with .png, .svg,"
                        + " .pdf or .pptx");
                return ExitCodes.USAGE;
            }
        }
        SidecarFile sidecar = annotations != null ? new SidecarFile(annotations) : SidecarFile.besideData(in);
        try {
            sidecar.inputsWith(in).check(out); // before anything is read or written
        } catch (InputOverwriteException e) {
            err.println("error: --out " + e.getMessage());
            return ExitCodes.OUTPUT_IS_INPUT;
        }
        // Fonts and the PDF/SVG library load on the other core while the dataset is read and checked.
        Thread warm = new Thread(() -> BriefingExporter.warmUp(format), "export-warm-up");
        warm.setDaemon(true);
        warm.start();
        if (VisItemsReader.looksLikeVisItems(in)) {
            err.println(in + ":1:1: this is a vis-timeline items file; briefing pages are made from an Ops Timeline"
                    + " dataset (its records' kinds, nations, sources and markings). View it with: open " + in);
            return ExitCodes.BAD_INPUT;
        }
        Dataset d;
        try {
            d = new DatasetLoader().load(in);
        } catch (DatasetLoadException e) {
            for (LoadProblem p : e.problems()) {
                err.println(p.format());
            }
            return ExitCodes.BAD_INPUT;
        }
        AnnotationDocument doc;
        if (annotations != null) {
            try {
                doc = sidecar.loadNamed(); // a file the user named must be there and readable
            } catch (SidecarFormatException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        } else {
            // the notes the GUI saved for this data file (the bundled sample's live in the user's data folder)
            sidecar = GuiSidecar.find(in, d);
            try {
                sidecar.inputsWith(in).check(out);
            } catch (InputOverwriteException e) {
                err.println("error: --out " + e.getMessage());
                return ExitCodes.OUTPUT_IS_INPUT;
            }
            SidecarFile.Loaded loaded = sidecar.load();
            loaded.warnings().forEach(w -> err.println("warning: " + w));
            doc = loaded.document();
        }
        String missing = sidecar.missingRecordsWarning(doc, d);
        if (missing != null) {
            err.println("warning: " + missing);
        }
        List<BriefingView> pages = new ArrayList<>();
        try {
            rangePage(d).ifPresent(pages::add);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        for (String name : views) {
            Optional<SavedView> v = doc.view(name);
            if (v.isEmpty()) {
                err.println("error: no saved view named \"" + name + "\" in " + sidecar.path()
                        + (doc.views().isEmpty()
                                ? " (it has none)"
                                : "; saved views: "
                                        + String.join(
                                                ", ",
                                                doc.views().stream()
                                                        .map(SavedView::name)
                                                        .toList())));
                return ExitCodes.BAD_INPUT;
            }
            pages.add(BriefingView.of(v.get()));
        }
        String laneMode;
        BriefingOptions.ChartMode chartMode;
        BriefingOptions.MapMode mapMode;
        Split splitBy;
        Boolean withTable;
        boolean dark;
        try {
            dark = dark(theme);
            laneMode = laneMode(lanes);
            chartMode = chartMode(chart);
            mapMode = mapMode(map);
            splitBy = Split.parse(split);
            withTable = table(table, views.size() > 1 || splitBy != Split.NONE);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (pages.isEmpty()) {
            pages.add(new BriefingView(null, BriefingView.wholeDataset(d), ViewFilter.NONE, laneMode));
        } else if (from != null) {
            BriefingView range = pages.get(0);
            pages.set(0, new BriefingView(null, range.window(), ViewFilter.NONE, laneMode));
        }
        ExportSettings settings;
        try {
            settings = new ExportSettings(format, paper, !portrait, width, dpi);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Briefing b;
        try {
            b = new Briefing(
                    d,
                    doc.annotations(),
                    new BriefingOptions(
                            title,
                            subtitle,
                            classification,
                            !noLegend,
                            !noCallouts,
                            Instant.now(),
                            null,
                            bannerColour,
                            withTable,
                            chartMode,
                            splitBy,
                            dark,
                            mapMode),
                    pages);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Path> written;
        try {
            written = new BriefingExporter().export(b, settings, out);
        } catch (io.opstimeline.export.MissingGlyphsException e) {
            err.println("error: " + e.getMessage()); // the data's text, not the disk: nothing was written
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + CannotWrite.describe(out, e));
            return ExitCodes.CANNOT_WRITE;
        }
        for (Path p : written) {
            outWriter.println("wrote " + p);
        }
        return ExitCodes.OK;
    }

    static boolean dark(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "light" -> false;
            case "dark" -> true;
            default -> throw new IllegalArgumentException("unknown theme '" + value + "': use light or dark");
        };
    }

    static String laneMode(String value) {
        if (value == null) {
            return SavedView.LANES_BY_KIND;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "kind" -> SavedView.LANES_BY_KIND;
            case "nation" -> SavedView.LANES_BY_NATION;
            default -> throw new IllegalArgumentException("unknown lanes '" + value + "': use kind or nation");
        };
    }

    static BriefingOptions.ChartMode chartMode(String value) {
        try {
            return BriefingOptions.ChartMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown chart '" + value + "': use on, off or page");
        }
    }

    static BriefingOptions.MapMode mapMode(String value) {
        try {
            return BriefingOptions.MapMode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown map '" + value + "': use off, on or page");
        }
    }

    /** on, off or auto; unset means on for a pack (several views or periods), else auto. */
    static Boolean table(String value, boolean pack) {
        if (value == null) {
            return pack ? Boolean.TRUE : null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "on" -> Boolean.TRUE;
            case "off" -> Boolean.FALSE;
            case "auto" -> null;
            default -> throw new IllegalArgumentException("unknown table '" + value + "': use on, off or auto");
        };
    }

    private Optional<BriefingView> rangePage(Dataset d) {
        if (from == null && to == null) {
            return Optional.empty();
        }
        // one end alone: the range runs to the dataset's other end
        long start = from != null ? DateParser.parse(from, d.timeZone()).epochMilli() : firstCovered(d);
        long end = to != null ? DateParser.parse(to, d.timeZone()).periodEnd().toEpochMilli() : lastCovered(d);
        if (end <= start) {
            throw new IllegalArgumentException(
                    to == null
                            ? "--from is after the dataset's last record; give --to as well"
                            : from == null
                                    ? "--to is before the dataset's first record; give --from as well"
                                    : "--to must not be before --from");
        }
        return Optional.of(new BriefingView(null, new TimeWindow(start, end), ViewFilter.NONE));
    }

    /** The format an output file's name ends in, or null. */
    static ExportFormat formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        for (ExportFormat f : ExportFormat.values()) {
            if (f.extension().equals(extension)) {
                return f;
            }
        }
        return null;
    }

    private static long firstCovered(Dataset d) {
        return d.events().stream()
                .mapToLong(e -> e.coverStart().toEpochMilli())
                .min()
                .orElseThrow(() -> new IllegalArgumentException("the dataset has no records to range over"));
    }

    private static long lastCovered(Dataset d) {
        return d.events().stream()
                .mapToLong(e -> e.coverEnd().toEpochMilli())
                .max()
                .orElseThrow(() -> new IllegalArgumentException("the dataset has no records to range over"));
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value);
        }
    }

    static final class PaperConverter implements picocli.CommandLine.ITypeConverter<Paper> {
        @Override
        public Paper convert(String value) {
            return Paper.parse(value);
        }
    }
}
