package io.opstimeline.core.filter;

/** What happens to records the filter rejects: drawn faintly for context, or not drawn at all. */
public enum FilterMode {
    DIM,
    HIDE
}
