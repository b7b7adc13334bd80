package io.opstimeline.core.map;

/**
 * Spherical Mercator, the projection every web map uses, so shapes look as our users expect and
 * north is up: a view is its centre and how many pixels one degree of longitude takes. Immutable;
 * panning and zooming give a new view. x grows east and y grows south, as on a screen; (0, 0) is
 * the top-left of a {@code width} x {@code height} area.
 */
public record MapProjection(double centerLon, double centerLat, double pixelsPerDegree, double width, double height) {
    /** Mercator runs to infinity at the poles; maps are cut here, as web maps are. */
    public static final double MAX_LAT = 85.0;

    public static final double MIN_PIXELS_PER_DEGREE = 1;
    public static final double MAX_PIXELS_PER_DEGREE = 20_000;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    public MapProjection {
        centerLat = clampLat(centerLat);
        // the world (360° of longitude) is the most a view shows across, and its centre stays on it:
        // zoomed or panned further, the map showed meridians such as "2370°W"
        centerLon = Math.max(-180, Math.min(180, centerLon));
        pixelsPerDegree = Math.max(minPixelsPerDegree(width), Math.min(MAX_PIXELS_PER_DEGREE, pixelsPerDegree));
    }

    /** The least zoom for an area this wide: the whole world's width across it, and never below the floor. */
    private static double minPixelsPerDegree(double width) {
        return Math.max(MIN_PIXELS_PER_DEGREE, width / 360);
    }

    /** Pixels a fitted view keeps free on each side, for the degrees, scale bar and credit drawn there. */
    static final double FIT_PADDING = 32;

    /**
     * The view that shows the whole of {@code bounds} in the area, centred, clear of a strip
     * {@link #FIT_PADDING} wide along each edge (at most a tenth of the area): a place at the region's
     * foot lay under the scale bar or the credit on a page's map panel.
     */
    public static MapProjection fit(GeoBounds bounds, double width, double height) {
        double degreesWide = bounds.east() - bounds.west();
        double mercTall = mercatorDegrees(bounds.north()) - mercatorDegrees(bounds.south());
        double padX = Math.min(FIT_PADDING, width / 10);
        double padY = Math.min(FIT_PADDING, height / 10);
        double ppd = Math.min(Math.max(1, width - 2 * padX) / degreesWide, Math.max(1, height - 2 * padY) / mercTall);
        double centerLat =
                inverseMercatorDegrees((mercatorDegrees(bounds.north()) + mercatorDegrees(bounds.south())) / 2);
        return new MapProjection((bounds.west() + bounds.east()) / 2, centerLat, ppd, width, height);
    }

    public MapProjection withSize(double newWidth, double newHeight) {
        return new MapProjection(centerLon, centerLat, pixelsPerDegree, newWidth, newHeight);
    }

    public double x(double lon) {
        return width / 2 + (lon - centerLon) * pixelsPerDegree;
    }

    public double y(double lat) {
        return height / 2 - (mercatorDegrees(lat) - mercatorDegrees(centerLat)) * pixelsPerDegree;
    }

    public double lon(double x) {
        return centerLon + (x - width / 2) / pixelsPerDegree;
    }

    public double lat(double y) {
        return inverseMercatorDegrees(mercatorDegrees(centerLat) - (y - height / 2) / pixelsPerDegree);
    }

    /** Moves the map with the pointer: the point under (x, y) before is under (x + dx, y + dy) after. */
    public MapProjection pan(double dx, double dy) {
        double newLon = centerLon - dx / pixelsPerDegree;
        double newLat = inverseMercatorDegrees(mercatorDegrees(centerLat) + dy / pixelsPerDegree);
        return new MapProjection(newLon, newLat, pixelsPerDegree, width, height);
    }

    /** Zooms by {@code factor} keeping the point under (x, y) where it is. */
    public MapProjection zoom(double factor, double x, double y) {
        double lon = lon(x);
        double mercY = mercatorDegrees(lat(y));
        double ppd = Math.max(minPixelsPerDegree(width), Math.min(MAX_PIXELS_PER_DEGREE, pixelsPerDegree * factor));
        double newLon = lon - (x - width / 2) / ppd;
        double newLat = inverseMercatorDegrees(mercY + (y - height / 2) / ppd);
        return new MapProjection(newLon, newLat, ppd, width, height);
    }

    /**
     * How a picture drawn in this view moves to show {@code to}: a point at (x, y) here is at
     * (scale * x + dx, scale * y + dy) there. Exact, as both axes are linear in projected
     * coordinates; a screen can show an earlier drawing this way until it draws the view anew.
     */
    public ScreenShift shiftTo(MapProjection to) {
        double scale = to.pixelsPerDegree / pixelsPerDegree;
        double dx = to.width / 2 + (centerLon - to.centerLon) * to.pixelsPerDegree - scale * width / 2;
        double dy = to.height / 2
                - (mercatorDegrees(centerLat) - mercatorDegrees(to.centerLat)) * to.pixelsPerDegree
                - scale * height / 2;
        return new ScreenShift(scale, dx, dy);
    }

    /** A uniform scale then a move, from one view's screen to another's. */
    public record ScreenShift(double scale, double dx, double dy) {
        /** Whether the picture of a {@code width} x {@code height} view, so moved, covers the area whole. */
        public boolean covers(double width, double height, double areaWidth, double areaHeight) {
            double slack = 0.5;
            return dx <= slack
                    && dy <= slack
                    && dx + scale * width >= areaWidth - slack
                    && dy + scale * height >= areaHeight - slack;
        }
    }

    /** Ground kilometres one pixel spans at the centre of the view (what the scale bar shows). */
    public double kilometresPerPixelAtCenter() {
        double kmPerDegreeOfLon = Math.PI / 180 * EARTH_RADIUS_KM * Math.cos(Math.toRadians(centerLat));
        return kmPerDegreeOfLon / pixelsPerDegree;
    }

    /** Mercator's y in "degrees" (radians scaled by 180/pi) so that one unit equals a degree of longitude. */
    static double mercatorDegrees(double lat) {
        double phi = Math.toRadians(clampLat(lat));
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + phi / 2)));
    }

    static double inverseMercatorDegrees(double mercY) {
        return clampLat(Math.toDegrees(2 * Math.atan(Math.exp(Math.toRadians(mercY))) - Math.PI / 2));
    }

    private static double clampLat(double lat) {
        return Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    }
}
