package io.opstimeline.fuzz;

import io.opstimeline.core.annotate.AnnotationDocument;
import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.index.EventIndex;
import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.render.CountingSurface;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import io.opstimeline.export.BriefingExporter;
import io.opstimeline.export.MissingGlyphsException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The path from a dataset the loader accepted to what the user sees: a timeline frame in both lane
 * modes (through a counting surface, so no toolkit is needed) and a briefing page, measured by
 * the painter and, when asked, rendered as SVG with the real Java2D text shaper. Anything thrown
 * here for a dataset {@code validate} accepted is a finding.
 */
final class LoadedDatasetDraws {
    private LoadedDatasetDraws() {}

    static void drawEverything(Dataset d, boolean throughTheShaper) {
        TimeWindow whole = BriefingView.wholeDataset(d);
        for (Lanes.Mode mode : Lanes.Mode.values()) {
            Lanes lanes = Lanes.of(d, mode);
            var store = EventStores.of(EventIndex.of(d.events()).events(), lanes, d::kind);
            new TimelinePainter()
                    .paint(
                            new CountingSurface(),
                            Frame.of(store, whole, 1920, 1080, ZoneOffset.UTC, null, Theme.LIGHT));
            new TimelinePainter()
                    .paint(
                            new CountingSurface(),
                            Frame.of(
                                    store,
                                    whole.zoom(0.001, whole.start()),
                                    320,
                                    240,
                                    d.timeZone(),
                                    d.events().isEmpty()
                                            ? null
                                            : d.events().get(0).id(),
                                    Theme.DARK));
        }
        Briefing b;
        try {
            b = new Briefing(
                    d,
                    AnnotationDocument.EMPTY.annotations(),
                    new BriefingOptions(null, null, null, true, true, Instant.parse("2026-01-01T00:00:00Z")),
                    List.of(new BriefingView(null, whole, ViewFilter.NONE)));
        } catch (IllegalArgumentException refused) {
            // a marking the grammar does not know is refused
            // with its reason and how to give a banner colour, as export says it: a clear refusal, not a crash
            if (!refused.getMessage().startsWith("Marking \"")) {
                throw refused;
            }
            return;
        }
        for (int page = 0; page < b.pages().size(); page++) {
            new BriefingPainter().paint(new CountingSurface(), 842, 595, b, page);
            if (throughTheShaper) {
                try {
                    new BriefingExporter().renderSvg(b, Paper.A4.size(true), page);
                } catch (MissingGlyphsException refused) {
                    // a clear refusal naming the characters the export font lacks, not a crash
                }
            }
        }
    }
}
