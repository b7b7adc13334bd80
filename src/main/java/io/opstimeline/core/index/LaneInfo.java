package io.opstimeline.core.index;

import io.opstimeline.core.model.Rgb;

/** One horizontal lane of the timeline: what it groups (a kind, a group, a nation), its name and colour. */
public record LaneInfo(String id, String label, Rgb color) {}
