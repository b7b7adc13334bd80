package io.opstimeline.core.model;

import java.util.OptionalDouble;

/** One value of a series; a null value is a known gap, never a zero. */
public record SeriesPoint(TimeSpec date, Double value, boolean approximate, DateBasis dateBasis, String sourceId) {

    public OptionalDouble valueIfKnown() {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
