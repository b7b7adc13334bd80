package io.opstimeline.core.model;

/** When a nation took part; end is null while it was still taking part at the end of the data. */
public record ParticipationSpan(TimeSpec start, TimeSpec end, String note) {}
