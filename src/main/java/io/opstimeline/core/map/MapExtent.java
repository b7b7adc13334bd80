package io.opstimeline.core.map;

import io.opstimeline.core.model.Place;
import java.util.List;

/**
 * Which part of the world a map opens on. The dataset's places with a margin, but only those the
 * basemap covers: the sample's decisions in New York and its bases at Bodø would otherwise open the
 * map on the grey Atlantic with Libya a speck. Places beyond the basemap are reached through the
 * arrows on the map's edge ({@link OffMapPointer}). When the basemap covers none of the places, all
 * of them are shown.
 */
public final class MapExtent {
    private MapExtent() {}

    public static GeoBounds home(List<Place> places, GeoBounds basemap) {
        if (places.isEmpty()) {
            return basemap;
        }
        List<Place> covered = places.stream()
                .filter(p -> basemap.contains(p.longitude(), p.latitude()))
                .toList();
        List<Place> shown = covered.isEmpty() ? places : covered;
        double west = shown.stream().mapToDouble(Place::longitude).min().orElseThrow();
        double east = shown.stream().mapToDouble(Place::longitude).max().orElseThrow();
        double south = shown.stream().mapToDouble(Place::latitude).min().orElseThrow();
        double north = shown.stream().mapToDouble(Place::latitude).max().orElseThrow();
        double margin = Math.max(1, 0.1 * Math.max(east - west, north - south));
        return new GeoBounds(
                Math.max(-180, west - margin),
                Math.max(-84, south - margin),
                Math.min(180, Math.max(east + margin, west + 2 * margin)),
                Math.min(84, Math.max(north + margin, south + 2 * margin)));
    }
}
