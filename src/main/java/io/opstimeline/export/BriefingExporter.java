package io.opstimeline.export;

import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Writes a briefing as PNG, SVG or PDF; every format paints through {@link BriefingPainter}, onto an
 * {@link AwtSurface} (PNG, PDF) or an {@link SvgSurface}. PDF holds one page per view; PNG and SVG write one file per view, numbered
 * {@code name-1.png, name-2.png, ...} when there is more than one.
 */
public final class BriefingExporter {
    private final BriefingPainter painter = new BriefingPainter();

    /** Writes the files and returns their paths in page order. */
    public List<Path> export(Briefing b, ExportSettings settings, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (settings.format() == ExportFormat.PDF) {
            new PdfWriter(painter).write(b, settings.pageSize(), out);
            return List.of(out);
        }
        List<Path> written = new ArrayList<>();
        for (int page = 0; page < b.pages().size(); page++) {
            Path file = b.pages().size() == 1 ? out : numbered(out, page + 1);
            // through core.io.AtomicFiles: a kill, a full disk or a failure half-way keeps the last good export
            if (settings.format() == ExportFormat.PNG) {
                BufferedImage image = renderPng(b, settings, page);
                AtomicFiles.write(file, os -> ImageIO.write(image, "png", os));
            } else {
                AtomicFiles.write(file, renderSvg(b, settings.pageSize(), page).getBytes(StandardCharsets.UTF_8));
            }
            written.add(file);
        }
        return written;
    }

    /**
     * Loads fonts and the format's library classes, which takes a noticeable part of a one-shot
     * export; the command line runs this alongside reading the dataset.
     */
    public static void warmUp(ExportFormat format) {
        try {
            ExportFonts fonts = ExportFonts.get();
            BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            AwtSurface s = new AwtSurface(g, fonts);
            s.textWidth("Warm up 0123");
            s.fillText("W", 1, 6);
            g.dispose();
            if (format == ExportFormat.PDF) {
                PdfWriter.warmUp();
            }
        } catch (Exception | LinkageError e) {
            // warming is an optimisation only; the real export reports any real problem
        }
    }

    static Path numbered(Path out, int n) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        return out.resolveSibling(numbered);
    }

    /** One page as an image; also what "copy view as image" puts on the clipboard. */
    public BufferedImage renderPng(Briefing b, ExportSettings settings, int page) {
        Paper.PageSize size = settings.pageSize();
        double k = settings.rasterScale();
        BufferedImage img = new BufferedImage((int) Math.round(size.width() * k), (int) Math.round(size.height() * k),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(img.getWidth() / size.width(), img.getHeight() / size.height());
            painter.paint(new AwtSurface(g, ExportFonts.get()), size.width(), size.height(), b, page);
        } finally {
            g.dispose();
        }
        return img;
    }

    public String renderSvg(Briefing b, Paper.PageSize size, int page) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            ExportFonts fonts = ExportFonts.get();
            SvgSurface svg = new SvgSurface(size.width(), size.height(), new AwtSurface(g, fonts));
            painter.paint(svg, size.width(), size.height(), b, page);
            return svg.document(fonts.family());
        } finally {
            g.dispose();
        }
    }
}
