package io.opstimeline.export;

import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Text the export font cannot draw (say Chinese or Japanese with only DejaVu Sans installed). The
 * export stops and names the characters rather than printing empty boxes a reader cannot see past.
 */
public final class MissingGlyphsException extends IOException {
    public MissingGlyphsException(String font, Set<Integer> codePoints, String example) {
        super("the export font " + font + " has no glyphs for "
                + codePoints.stream()
                        .limit(12)
                        .map(c -> new String(Character.toChars(c)) + " (U+" + String.format("%04X", c) + ")")
                        .collect(Collectors.joining(", "))
                + (codePoints.size() > 12 ? " and " + (codePoints.size() - 12) + " more" : "") + ", e.g. in \u201c"
                + example + "\u201d; install a font covering them as"
                + " DejaVu Sans (or remove those characters) and export again");
    }
}
