package io.opstimeline.core.map;

/** A longitude/latitude rectangle in degrees (west &lt; east; no crossing of the date line). */
public record GeoBounds(double west, double south, double east, double north) {

    public GeoBounds {
        if (!(west < east) || !(south < north)) {
            throw new IllegalArgumentException("empty bounds " + west + " " + south + " " + east + " " + north);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }
}
