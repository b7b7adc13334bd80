package io.opstimeline.core.model;

/** A national figure as reported, e.g. "sorties: 615", with the source that reported it. */
public record ReportedTotal(String label, double value, boolean approximate, TimeSpec asOf, String sourceId) {}
