package io.opstimeline.ui;

import javafx.geometry.Rectangle2D;

/**
 * Where the window opens: the saved size and place, made to fit the screen it opens on. A window
 * saved at 1600x950 on a large monitor reopens inside a 1280x720 laptop screen, whole and
 * reachable, instead of partly off screen with its title bar out of reach.
 */
record WindowBounds(double x, double y, double width, double height) {
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 400;

    /**
     * @param saved  the stored bounds; NaN for x/y when no place was stored (the window is centred)
     * @param screen the visual bounds of the screen (without task bars) the window opens on
     */
    static WindowBounds fit(WindowBounds saved, Rectangle2D screen) {
        double w = clamp(saved.width(), Math.min(MIN_WIDTH, screen.getWidth()), screen.getWidth());
        double h = clamp(saved.height(), Math.min(MIN_HEIGHT, screen.getHeight()), screen.getHeight());
        double x = Double.isNaN(saved.x())
                ? screen.getMinX() + (screen.getWidth() - w) / 2
                : clamp(saved.x(), screen.getMinX(), screen.getMaxX() - w);
        double y = Double.isNaN(saved.y())
                ? screen.getMinY() + (screen.getHeight() - h) / 2
                : clamp(saved.y(), screen.getMinY(), screen.getMaxY() - h);
        return new WindowBounds(x, y, w, h);
    }

    /**
     * The first opening, with nothing saved: 1600x950, or 85 % of a larger screen (a 3840x2160
     * screen gave a 1600x950 window with three quarters of the screen empty and the table's columns
     * cut), centred; {@link #fit} then keeps it on a smaller screen.
     */
    static WindowBounds firstRun(Rectangle2D screen) {
        return new WindowBounds(
                Double.NaN,
                Double.NaN,
                Math.max(1600, Math.floor(screen.getWidth() * 0.85)),
                Math.max(950, Math.floor(screen.getHeight() * 0.85)));
    }

    private static double clamp(double v, double min, double max) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return max;
        }
        return Math.max(min, Math.min(max, v));
    }
}
