package io.opstimeline.core.model;

import java.util.List;

/** A numeric time series such as NATO's cumulative sorties; points sorted by date. */
public record Series(String id, String name, String unit, boolean cumulative, List<SeriesPoint> points) {

    public Series {
        points = List.copyOf(points);
    }
}
