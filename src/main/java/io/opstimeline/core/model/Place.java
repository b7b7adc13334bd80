package io.opstimeline.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A named point that records happen at: a city, an airbase, a headquarters, the middle of a sea
 * area. Latitude and longitude are WGS84 degrees (north and east positive), already checked to be
 * in range by the loader. {@code sourceId} names the source the coordinates were taken from; it is
 * null only when a file gives none (the bundled sample always cites one).
 */
public record Place(
        String id,
        String name,
        List<String> otherNames,
        double latitude,
        double longitude,
        PlaceKind kind,
        String sourceId) {

    public Place {
        otherNames = List.copyOf(otherNames);
    }

    public Optional<String> sourceIfKnown() {
        return Optional.ofNullable(sourceId);
    }
}
