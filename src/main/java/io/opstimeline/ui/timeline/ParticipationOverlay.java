package io.opstimeline.ui.timeline;

import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.ParticipationSpan;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.TimelineOverlay;

/** Draws a nation's participation span(s) as a band across the lanes, labelled at its start. */
public final class ParticipationOverlay implements TimelineOverlay {
    private static final Rgb BAND = Rgb.parse("#0b57d0");
    private final Nation nation;
    private final long dataEnd;

    /** @param dataEnd where an open span (no end given) stops: the end of the data */
    public ParticipationOverlay(Nation nation, long dataEnd) {
        this.nation = nation;
        this.dataEnd = dataEnd;
    }

    @Override
    public void paint(Surface s, Frame f) {
        for (ParticipationSpan span : nation.participation()) {
            double x1 = f.x(span.start().epochMilli());
            double x2 = f.x(span.end() == null ? dataEnd : span.end().periodEnd().toEpochMilli());
            s.setFill(BAND, 0.07);
            s.fillRect(x1, f.top(), x2 - x1, f.height());
            s.setStroke(BAND, 0.8, 1.5);
            s.setLineDash(6, 4);
            s.line(x1, f.top(), x1, f.top() + f.height());
            s.line(x2, f.top(), x2, f.top() + f.height());
            s.setLineDash();
            s.setFont(FontSpec.LABEL_BOLD);
            s.setFill(BAND, 1);
            String label = nation.name() + (span.note() == null ? "" : ": " + span.note());
            s.fillText(label, x1 + 4, f.top() + f.height() - 8);
        }
    }
}
