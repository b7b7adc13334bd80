package io.opstimeline.core.model;

/** How much of a date the source actually gave; coarser dates cover a whole period. */
public enum DatePrecision {
    YEAR,
    MONTH,
    DAY,
    MINUTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
