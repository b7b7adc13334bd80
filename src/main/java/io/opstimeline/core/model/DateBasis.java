package io.opstimeline.core.model;

/** How a series point got its date: stated by the source, computed from it, or inferred. */
public enum DateBasis {
    EXACT,
    DERIVED,
    INFERRED
}
