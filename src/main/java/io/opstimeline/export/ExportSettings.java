package io.opstimeline.export;

import io.opstimeline.core.export.Paper;

/**
 * How pages become files. The page is always laid out at paper size in points; PNG rasterises it at
 * {@code dpi} or, when {@code widthPx} is set, at whatever scale gives that width.
 */
public record ExportSettings(ExportFormat format, Paper paper, boolean landscape, Integer widthPx, Integer dpi) {
    public static final int DEFAULT_DPI = 150;

    public ExportSettings {
        if (widthPx != null && (widthPx < 100 || widthPx > 20_000)) {
            throw new IllegalArgumentException("width must be between 100 and 20000 pixels");
        }
        if (dpi != null && (dpi < 36 || dpi > 1200)) {
            throw new IllegalArgumentException("dpi must be between 36 and 1200");
        }
    }

    public Paper.PageSize pageSize() {
        return paper.size(landscape);
    }

    /** Pixels per point for raster output. */
    public double rasterScale() {
        Paper.PageSize p = pageSize();
        return widthPx != null ? widthPx / p.width() : (dpi == null ? DEFAULT_DPI : dpi) / 72.0;
    }
}
