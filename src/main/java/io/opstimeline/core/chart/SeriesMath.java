package io.opstimeline.core.chart;

import io.opstimeline.core.model.Series;
import io.opstimeline.core.model.SeriesPoint;
import java.util.ArrayList;
import java.util.List;

/** Turns a cumulative series into daily increments, keeping gaps as gaps. */
public final class SeriesMath {
    private static final double DAY_MS = 86_400_000.0;

    private SeriesMath() {}

    /**
     * Average per day between consecutive known reports, dated at the later report. Reports are
     * irregular, so a per-day rate is the honest way to compare them. A known gap (null) stays a
     * gap in the output; the rate after it averages over the whole time since the last report.
     * Approximate if either end was.
     */
    public static List<SeriesPoint> dailyIncrements(Series s) {
        List<SeriesPoint> out = new ArrayList<>();
        SeriesPoint prev = null;
        for (SeriesPoint p : s.points()) {
            if (p.value() == null) {
                out.add(p); // the gap stays visible; the next rate averages over it
                continue;
            }
            if (prev != null) {
                double days = (p.date().epochMilli() - prev.date().epochMilli()) / DAY_MS;
                if (days > 0) {
                    out.add(new SeriesPoint(
                            p.date(),
                            (p.value() - prev.value()) / days,
                            p.approximate() || prev.approximate(),
                            p.dateBasis(),
                            p.sourceId()));
                }
            }
            prev = p;
        }
        return out;
    }
}
