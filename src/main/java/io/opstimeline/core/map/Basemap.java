package io.opstimeline.core.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The offline background of the map: land to fill and country borders to stroke, in degrees.
 * The bundled one is a region cut of Natural Earth 1:50m (public domain; see
 * src/main/resources/basemap/README.md), small enough to ship in the jar and to draw in full
 * every frame. Shapes are flat arrays {@code lon0, lat0, lon1, lat1, ...}.
 */
public final class Basemap {
    public static final String BUNDLED = "/basemap/mediterranean-50m.txt";
    /** Shown on every map drawn from this data: the licence asks for nothing, our users for the source. */
    public static final String CREDIT = "Basemap: Natural Earth";

    private final GeoBounds bounds;
    private final List<double[]> land;
    private final List<double[]> borders;
    private final List<double[]> landBounds;

    public Basemap(GeoBounds bounds, List<double[]> land, List<double[]> borders) {
        this.bounds = bounds;
        this.land = List.copyOf(land);
        this.borders = List.copyOf(borders);
        List<double[]> boxes = new ArrayList<>();
        this.land.forEach(ring -> boxes.add(box(ring)));
        this.landBounds = List.copyOf(boxes);
    }

    /** Each land ring's box {west, south, east, north}, in the order of {@link #land()}, for culling. */
    public List<double[]> landBounds() {
        return landBounds;
    }

    private static double[] box(double[] ring) {
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i + 1 < ring.length; i += 2) {
            b[0] = Math.min(b[0], ring[i]);
            b[1] = Math.min(b[1], ring[i + 1]);
            b[2] = Math.max(b[2], ring[i]);
            b[3] = Math.max(b[3], ring[i + 1]);
        }
        return b;
    }

    private static final class Holder {
        static final Basemap BUNDLED_MAP = read(Basemap.class.getResourceAsStream(BUNDLED));
    }

    /** The bundled region, read once per process. */
    public static Basemap bundled() {
        return Holder.BUNDLED_MAP;
    }

    public GeoBounds bounds() {
        return bounds;
    }

    public List<double[]> land() {
        return land;
    }

    public List<double[]> borders() {
        return borders;
    }

    /** Reads the text form written by src/tools/basemap/cut_basemap.py. */
    static Basemap read(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("the basemap is missing from the class path: " + BUNDLED);
        }
        GeoBounds bounds = null;
        List<double[]> land = new ArrayList<>();
        List<double[]> borders = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("bounds ")) {
                    String[] p = line.substring(7).trim().split(" ");
                    bounds = new GeoBounds(
                            Double.parseDouble(p[0]),
                            Double.parseDouble(p[1]),
                            Double.parseDouble(p[2]),
                            Double.parseDouble(p[3]));
                } else if (line.startsWith("land ")) {
                    land.add(points(line.substring(5)));
                } else if (line.startsWith("border ")) {
                    borders.add(points(line.substring(7)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bounds == null) {
            throw new IllegalStateException("the basemap names no bounds");
        }
        return new Basemap(bounds, land, borders);
    }

    private static double[] points(String text) {
        String[] pairs = text.trim().split(" ");
        double[] out = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            int comma = pairs[i].indexOf(',');
            out[2 * i] = Double.parseDouble(pairs[i].substring(0, comma));
            out[2 * i + 1] = Double.parseDouble(pairs[i].substring(comma + 1));
        }
        return out;
    }
}
