package io.opstimeline.core.model;

/** Words someone said, verbatim from a source. sourceId may be null. */
public record Quote(String speaker, String text, String sourceId) {}
