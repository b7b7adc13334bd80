package io.opstimeline.core.map;

import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Surface;
import java.util.Locale;

/** What makes a map readable as a map: the graticule with its labels, a scale bar and the data credit. */
final class MapDecorations {
    /** Degree steps the graticule may take; the first that leaves this many pixels between lines wins. */
    private static final double[] STEPS = {0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45, 90};

    private static final double MIN_GRID_PIXELS = 90;

    private MapDecorations() {}

    static double gridStep(double pixelsPerDegree) {
        for (double step : STEPS) {
            if (step * pixelsPerDegree >= MIN_GRID_PIXELS) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** The westernmost meridian of the grid in view: none west of 180°W, where the world ends. */
    private static double firstMeridian(MapProjection view, double step) {
        return Math.floor(Math.max(-180, view.lon(0)) / step) * step;
    }

    /** The graticule's lines, on the basemap's layer (a screen may draw that layer beyond its edges). */
    static void graticuleLines(Surface s, MapProjection view, MapStyle style) {
        double step = gridStep(view.pixelsPerDegree());
        s.setStroke(style.grid(), 0.8, 1);
        s.setLineDash(3, 4);
        double west = firstMeridian(view, step);
        double east = Math.min(180, view.lon(view.width()));
        double north = view.lat(0);
        double south = view.lat(view.height());
        for (double lon = west; lon <= east; lon += step) {
            double x = Math.round(view.x(lon)) + 0.5;
            s.line(x, 0, x, view.height());
        }
        for (double lat = Math.floor(south / step) * step; lat <= north; lat += step) {
            double y = Math.round(view.y(lat)) + 0.5;
            s.line(0, y, view.width(), y);
        }
        s.setLineDash();
    }

    /** The graticule's degrees along the top and left edges of the view, on the records' layer. */
    static void graticuleLabels(Surface s, MapProjection view, MapStyle style) {
        double step = gridStep(view.pixelsPerDegree());
        double west = firstMeridian(view, step);
        double east = Math.min(180, view.lon(view.width()));
        double north = view.lat(0);
        double south = view.lat(view.height());
        s.setFont(FontSpec.SMALL);
        s.setFill(style.mutedText(), 1);
        for (double lon = west; lon <= east; lon += step) {
            double x = view.x(lon);
            if (x > 30 && x < view.width() - 30) {
                String label = degrees(lon, step, "E", "W");
                s.fillText(label, x + 3, 13);
            }
        }
        for (double lat = Math.floor(south / step) * step; lat <= north; lat += step) {
            double y = view.y(lat);
            if (y > 20 && y < view.height() - 30) {
                s.fillText(degrees(lat, step, "N", "S"), 4, y - 3);
            }
        }
    }

    /** "30°N", "12.5°E", "0°": as many decimals as the step needs. */
    static String degrees(double value, double step, String positive, String negative) {
        double rounded = Math.round(value / step) * step;
        int decimals = step >= 1 ? 0 : step >= 0.5 ? 1 : 2;
        String number = String.format(Locale.ROOT, "%." + decimals + "f", Math.abs(rounded));
        if (Math.abs(rounded) < 1e-9) {
            return "0°";
        }
        return number + "°" + (rounded > 0 ? positive : negative);
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten kilometres) near a fifth of the width. */
    static void scaleBar(Surface s, MapProjection view, MapStyle style) {
        double kmPerPixel = view.kilometresPerPixelAtCenter();
        double km = scaleBarKilometres(view);
        double length = km / kmPerPixel;
        double x = 12;
        double y = view.height() - 14;
        s.setFill(style.panel(), 0.75);
        double[] box = scaleBarBox(view);
        s.fillRect(box[0], box[1], box[2], box[3]);
        s.setStroke(style.text(), 1, 2);
        s.line(x, y, x + length, y);
        s.line(x, y - 5, x, y + 3);
        s.line(x + length, y - 5, x + length, y + 3);
        s.setFont(FontSpec.SMALL);
        s.setFill(style.text(), 1);
        s.fillText(kilometres(km) + " (at " + Math.round(view.lat(view.height() / 2)) + "°)", x + 2, y - 6);
    }

    private static double scaleBarKilometres(MapProjection view) {
        return niceBelow(Math.min(160, view.width() / 5) * view.kilometresPerPixelAtCenter());
    }

    /** The scale bar's plate {x, y, w, h}, bottom left: names are kept off it. */
    static double[] scaleBarBox(MapProjection view) {
        double length = scaleBarKilometres(view) / view.kilometresPerPixelAtCenter();
        return new double[] {6, view.height() - 32, length + 12, 26};
    }

    /** The credit's plate {x, y, w, h}, bottom right: names are kept off it. */
    static double[] creditBox(Surface s, MapProjection view) {
        s.setFont(FontSpec.SMALL);
        double w = s.textWidth(Basemap.CREDIT);
        return new double[] {view.width() - w - 14, view.height() - 21, w + 8, 17};
    }

    static double niceBelow(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * power <= value) {
                return m * power;
            }
        }
        return power;
    }

    private static String kilometres(double km) {
        return km >= 1 ? Math.round(km) + " km" : Math.round(km * 1000) + " m";
    }

    static void credit(Surface s, MapProjection view, MapStyle style) {
        s.setFont(FontSpec.SMALL);
        double w = s.textWidth(Basemap.CREDIT);
        double x = view.width() - w - 10;
        double y = view.height() - 8;
        s.setFill(style.panel(), 0.75);
        s.fillRect(x - 4, y - 13, w + 8, 17);
        s.setFill(style.mutedText(), 1);
        s.fillText(Basemap.CREDIT, x, y);
    }
}
