package io.opstimeline.export;

import io.opstimeline.core.render.FontSpec;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one font family every export uses. DejaVu Sans when the machine has it (Linux almost always
 * does): its files can be embedded in PDFs, so measured widths and printed text agree exactly.
 * Otherwise the platform's SansSerif, and PDFs fall back to the standard Helvetica.
 */
public final class ExportFonts {
    private static final List<Path> FOLDERS = List.of(
            Path.of("/usr/share/fonts/truetype/dejavu"),
            Path.of("/usr/share/fonts/dejavu"),
            Path.of("/usr/share/fonts/TTF"),
            Path.of("/usr/local/share/fonts"));
    private static volatile ExportFonts shared;

    private final Font regular;
    private final Font bold;
    private final Path regularFile;
    private final Path boldFile;

    private ExportFonts(Font regular, Font bold, Path regularFile, Path boldFile) {
        this.regular = regular;
        this.bold = bold;
        this.regularFile = regularFile;
        this.boldFile = boldFile;
    }

    public static ExportFonts get() {
        ExportFonts f = shared;
        if (f == null) {
            f = find();
            shared = f;
        }
        return f;
    }

    private static ExportFonts find() {
        for (Path dir : FOLDERS) {
            Path r = dir.resolve("DejaVuSans.ttf");
            Path b = dir.resolve("DejaVuSans-Bold.ttf");
            if (Files.isReadable(r) && Files.isReadable(b)) {
                try {
                    return new ExportFonts(
                            Font.createFont(Font.TRUETYPE_FONT, r.toFile()),
                            Font.createFont(Font.TRUETYPE_FONT, b.toFile()),
                            r,
                            b);
                } catch (FontFormatException | IOException e) {
                    break;
                }
            }
        }
        return new ExportFonts(
                new Font(Font.SANS_SERIF, Font.PLAIN, 1), new Font(Font.SANS_SERIF, Font.BOLD, 1), null, null);
    }

    /** The family name to ask a viewer for (SVG). */
    public String family() {
        return regular.getFamily();
    }

    public Font font(FontSpec spec) {
        // The bold face is also marked bold so SVG says font-weight="bold" (its file alone does not tell AWT).
        return spec.bold() ? bold.deriveFont(Font.BOLD, (float) spec.size()) : regular.deriveFont((float) spec.size());
    }

    /** The TrueType file behind the regular or bold face, or null when a platform font is used. */
    public Path file(boolean isBold) {
        return isBold ? boldFile : regularFile;
    }

    private volatile byte[][] pdfFaces;

    /**
     * The face's bytes for embedding in a PDF, with its GSUB table renamed out of sight: PDFBox
     * otherwise applies the font's ligatures, so "ff" in a SHA-256 or "fi" in "first" would be
     * written as single ligature glyphs that text search and copy-paste do not find.
     */
    public byte[] pdfBytes(boolean isBold) throws IOException {
        byte[][] faces = pdfFaces;
        if (faces == null) {
            faces = new byte[][] {
                withoutGsub(Files.readAllBytes(regularFile)), withoutGsub(Files.readAllBytes(boldFile))
            };
            pdfFaces = faces;
        }
        return faces[isBold ? 1 : 0];
    }

    /** Renames the "GSUB" entry of a TrueType table directory; glyphs, metrics and cmap are untouched. */
    static byte[] withoutGsub(byte[] ttf) {
        int tables = (ttf[4] & 0xff) << 8 | ttf[5] & 0xff;
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length
                    && ttf[at] == 'G'
                    && ttf[at + 1] == 'S'
                    && ttf[at + 2] == 'U'
                    && ttf[at + 3] == 'B') {
                ttf[at] = 'x';
            }
        }
        return ttf;
    }

    public boolean embeddable() {
        return regularFile != null;
    }
}
