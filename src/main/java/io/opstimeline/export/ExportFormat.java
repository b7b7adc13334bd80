package io.opstimeline.export;

import java.util.Locale;

/** The file formats a briefing can be written as. */
public enum ExportFormat {
    PNG,
    SVG,
    PDF,
    PPTX;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + s + "': use png, svg, pdf or pptx");
        }
    }
}
