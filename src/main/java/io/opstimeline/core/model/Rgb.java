package io.opstimeline.core.model;

/** A colour without any toolkit type, so the core and every export can share it. */
public record Rgb(int red, int green, int blue) {

    public Rgb {
        if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
            throw new IllegalArgumentException("colour channels must be 0-255");
        }
    }

    /** Parses "#rrggbb". */
    public static Rgb parse(String hex) {
        if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("expected a colour like #1f77b4, got " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
    }

    public String hex() {
        return String.format("#%02x%02x%02x", red, green, blue);
    }

    /** Mixes toward white; used for uncertainty bands and dimmed items. */
    public Rgb tint(double amount) {
        return new Rgb(mix(red, amount), mix(green, amount), mix(blue, amount));
    }

    private static int mix(int c, double amount) {
        return (int) Math.round(c + (255 - c) * amount);
    }
}
