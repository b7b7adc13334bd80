package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/** The map's projection: what a user sees when pointing, panning and zooming is where things are. */
class MapProjectionProperties {

    @Provide
    Arbitrary<MapProjection> views() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-170, 170),
                        Arbitraries.doubles().between(-80, 80),
                        Arbitraries.doubles().between(MapProjection.MIN_PIXELS_PER_DEGREE, 5000),
                        Arbitraries.doubles().between(50, 3000),
                        Arbitraries.doubles().between(50, 3000))
                .as(MapProjection::new);
    }

    @Property
    void aPlaceProjectedAndReadBackIsTheSamePlace(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = -180, max = 180) double lon,
            @ForAll @DoubleRange(min = -84, max = 84) double lat) {
        assertThat(view.lon(view.x(lon))).isCloseTo(lon, within(1e-9));
        assertThat(view.lat(view.y(lat))).isCloseTo(lat, within(1e-7));
    }

    @Property
    void eastIsRightAndNorthIsUp(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = -180, max = 179) double lon,
            @ForAll @DoubleRange(min = -84, max = 83) double lat,
            @ForAll @DoubleRange(min = 0.001, max = 1) @Scale(4) double step) {
        assertThat(view.x(lon + step)).isGreaterThan(view.x(lon));
        assertThat(view.y(lat + step)).isLessThan(view.y(lat));
    }

    @Property
    void zoomingKeepsThePointUnderThePointer(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = 0.25, max = 4) double factor,
            @ForAll @DoubleRange(min = 0, max = 1) double fx,
            @ForAll @DoubleRange(min = 0, max = 1) double fy) {
        double x = fx * view.width();
        double y = fy * view.height();
        double lon = view.lon(x);
        double lat = view.lat(y);
        MapProjection zoomed = view.zoom(factor, x, y);
        // Only where nothing was clamped: the zoom limits, the polar cut and the world's ends move the point on
        // purpose.
        if (zoomed.pixelsPerDegree() == view.pixelsPerDegree() * factor
                && Math.abs(lat) < 84
                && Math.abs(zoomed.centerLat()) < MapProjection.MAX_LAT
                && Math.abs(zoomed.centerLon()) < 180) {
            assertThat(zoomed.x(lon)).isCloseTo(x, within(1e-6));
            assertThat(zoomed.y(lat)).isCloseTo(y, within(1e-6));
        }
    }

    @Property
    void panningMovesThePointWithThePointer(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = -400, max = 400) double dx,
            @ForAll @DoubleRange(min = -400, max = 400) double dy) {
        double lon = view.lon(view.width() / 3);
        double lat = view.lat(view.height() / 3);
        MapProjection moved = view.pan(dx, dy);
        // where nothing was clamped: the map's polar cut and the world's east and west ends stop it
        if (Math.abs(moved.centerLat()) < MapProjection.MAX_LAT
                && Math.abs(lat) < 84
                && Math.abs(moved.centerLon()) < 180) {
            assertThat(moved.x(lon)).isCloseTo(view.width() / 3 + dx, within(1e-6));
            assertThat(moved.y(lat)).isCloseTo(view.height() / 3 + dy, within(1e-6));
        }
    }

    @Property
    void theFittedViewShowsTheWholeRegion(
            @ForAll @DoubleRange(min = 100, max = 3000) double width,
            @ForAll @DoubleRange(min = 100, max = 3000) double height) {
        GeoBounds region = Basemap.bundled().bounds();
        MapProjection view = MapProjection.fit(region, width, height);
        // a pane so wide and short that the region's height needs more than the world across cannot show it whole
        net.jqwik.api.Assume.that(view.pixelsPerDegree() > width / 360);

        assertThat(view.x(region.west())).isGreaterThanOrEqualTo(-1e-6);
        assertThat(view.x(region.east())).isLessThanOrEqualTo(width + 1e-6);
        assertThat(view.y(region.north())).isGreaterThanOrEqualTo(-1e-6);
        assertThat(view.y(region.south())).isLessThanOrEqualTo(height + 1e-6);
    }

    @Property
    void theScaleBarMeasuresGroundDistance(@ForAll("views") MapProjection view) {
        // Along the centre's parallel, a degree of longitude is 111.2 km times cos(latitude).
        double expected = 111.195 * Math.cos(Math.toRadians(view.centerLat())) / view.pixelsPerDegree();
        assertThat(view.kilometresPerPixelAtCenter()).isCloseTo(expected, within(expected * 1e-3));
    }

    /**
     * The screen moves its earlier basemap drawing by {@link MapProjection#shiftTo} while the user
     * pans: every coast must land where the new view puts it, or the markers drawn anew over it
     * would sit off their places.
     */
    @Property
    void aDrawingMovedByTheShiftLiesWhereTheNewViewDrawsIt(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = -400, max = 400) double dx,
            @ForAll @DoubleRange(min = -400, max = 400) double dy,
            @ForAll @DoubleRange(min = 0.5, max = 2) double factor,
            @ForAll @DoubleRange(min = -60, max = 60) double lon,
            @ForAll @DoubleRange(min = -60, max = 60) double lat,
            @ForAll @DoubleRange(min = 0, max = 500) double margin) {
        MapProjection drawn = view.withSize(view.width() + 2 * margin, view.height() + 2 * margin);
        MapProjection now = view.pan(dx, dy).zoom(factor, view.width() / 2, view.height() / 2);
        if (Math.abs(now.centerLat()) >= MapProjection.MAX_LAT - 1e-9) {
            return; // the polar cut stops the pan on purpose
        }
        MapProjection.ScreenShift shift = drawn.shiftTo(now);
        double tolerance = 1e-6 * Math.max(1, Math.abs(now.x(lon)) + Math.abs(now.y(lat)));
        assertThat(shift.scale() * drawn.x(lon) + shift.dx()).isCloseTo(now.x(lon), within(tolerance));
        assertThat(shift.scale() * drawn.y(lat) + shift.dy()).isCloseTo(now.y(lat), within(tolerance));
    }

    @Property
    void noZoomOrPanShowsMoreThanTheWorldAcrossOrLeavesIt(
            @ForAll("views") MapProjection view,
            @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
            @ForAll @DoubleRange(min = -1e5, max = 1e5) double dx) {
        MapProjection moved =
                view.zoom(factor, view.width() / 2, view.height() / 2).pan(dx, 0);

        assertThat(moved.width() / moved.pixelsPerDegree()).isLessThanOrEqualTo(360 + 1e-9);
        assertThat(moved.centerLon()).isBetween(-180.0, 180.0);
    }

    @Property
    void aFittedRegionKeepsClearOfTheStripsAlongTheEdgesWhereTheScaleBarAndCreditGo(
            @ForAll @DoubleRange(min = 300, max = 3000) double width,
            @ForAll @DoubleRange(min = 200, max = 2000) double height) {
        GeoBounds region = new GeoBounds(10, 30, 25, 45);
        MapProjection view = MapProjection.fit(region, width, height);
        net.jqwik.api.Assume.that(view.pixelsPerDegree() > width / 360);
        double padX = Math.min(MapProjection.FIT_PADDING, width / 10) - 1e-6;
        double padY = Math.min(MapProjection.FIT_PADDING, height / 10) - 1e-6;

        assertThat(view.x(region.west())).isGreaterThanOrEqualTo(padX);
        assertThat(view.x(region.east())).isLessThanOrEqualTo(width - padX);
        assertThat(view.y(region.north())).isGreaterThanOrEqualTo(padY);
        assertThat(view.y(region.south())).isLessThanOrEqualTo(height - padY);
    }
}
