package io.opstimeline.export;

import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingPage;
import io.opstimeline.core.export.BriefingPainter;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.io.AtomicFiles;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes a briefing as PNG, SVG, PDF or PPTX; every format paints through {@link BriefingPainter},
 * onto an {@link AwtSurface} (PNG, PDF), an {@link SvgSurface} or a {@link PptxSurface}. PDF and
 * PPTX hold every page; PNG and SVG write one file per page, numbered {@code name-1.png,
 * name-2.png, ...} when there is more than one. All files go through {@link AtomicFiles} (temp file, fsync, atomic move).
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
        List<BriefingPage> plan = plan(b, settings.pageSize());
        if (settings.format() == ExportFormat.PPTX) {
            new PptxWriter(painter).write(b, plan, settings.pageSize(), out);
            return List.of(out);
        }
        List<Path> written = new ArrayList<>();
        for (int page = 0; page < plan.size(); page++) {
            Path file = plan.size() == 1 ? out : numbered(out, page + 1);
            String title = b.title() + " \u2013 " + BriefingPainter.pageTitle(b, plan.get(page));
            if (settings.format() == ExportFormat.PNG) {
                BufferedImage img = renderPng(b, settings, plan, page);
                double dpi = settings.rasterScale() * 72;
                AtomicFiles.write(
                        file, os -> writePng(img, dpi, title, b.classification().text(), os));
            } else {
                String svg = renderSvg(b, settings.pageSize(), plan, page);
                AtomicFiles.write(file, os -> os.write(svg.getBytes(StandardCharsets.UTF_8)));
            }
            written.add(file);
        }
        return written;
    }

    /**
     * A PNG that says how large it prints (pHYs, from the DPI) and what it is (Title and the marking
     * as Description), so image viewers, office programs and file indexers show both.
     */
    static void writePng(BufferedImage img, double dpi, String title, String marking, OutputStream os)
            throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
            String format = "javax_imageio_png_1.0";
            IIOMetadataNode root = new IIOMetadataNode(format);
            IIOMetadataNode phys = new IIOMetadataNode("pHYs");
            String perMetre = Long.toString(Math.round(dpi / 0.0254));
            phys.setAttribute("pixelsPerUnitXAxis", perMetre);
            phys.setAttribute("pixelsPerUnitYAxis", perMetre);
            phys.setAttribute("unitSpecifier", "meter");
            root.appendChild(phys);
            IIOMetadataNode text = new IIOMetadataNode("iTXt");
            text.appendChild(itxt("Title", title));
            text.appendChild(itxt("Description", "Marking: " + marking));
            text.appendChild(itxt("Software", "Ops Timeline"));
            root.appendChild(text);
            meta.mergeTree(format, root);
            writer.write(new IIOImage(img, null, meta));
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode itxt(String keyword, String value) {
        IIOMetadataNode e = new IIOMetadataNode("iTXtEntry");
        e.setAttribute("keyword", keyword);
        e.setAttribute("compressionFlag", "FALSE");
        e.setAttribute("compressionMethod", "0");
        e.setAttribute("languageTag", "");
        e.setAttribute("translatedKeyword", "");
        e.setAttribute("text", value);
        return e;
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
            } else if (format == ExportFormat.PPTX) {
                PptxWriter.warmUp();
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

    /** The pages the briefing takes at this size (lanes continued, periods, table pages). */
    public List<BriefingPage> plan(Briefing b, Paper.PageSize size) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            return painter.plan(new AwtSurface(g, ExportFonts.get()), size.width(), size.height(), b);
        } finally {
            g.dispose();
        }
    }

    /** One page as an image; also what "copy view as image" puts on the clipboard. */
    public BufferedImage renderPng(Briefing b, ExportSettings settings, int page) throws MissingGlyphsException {
        return renderPng(b, settings, plan(b, settings.pageSize()), page);
    }

    public BufferedImage renderPng(Briefing b, ExportSettings settings, List<BriefingPage> plan, int page)
            throws MissingGlyphsException {
        Paper.PageSize size = settings.pageSize();
        double k = settings.rasterScale();
        BufferedImage img = new BufferedImage(
                (int) Math.round(size.width() * k), (int) Math.round(size.height() * k), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.scale(img.getWidth() / size.width(), img.getHeight() / size.height());
            AwtSurface surface = new AwtSurface(g, ExportFonts.get());
            painter.paint(surface, size.width(), size.height(), b, plan, page);
            surface.failOnMissingGlyphs();
        } finally {
            g.dispose();
        }
        return img;
    }

    public String renderSvg(Briefing b, Paper.PageSize size, int page) throws MissingGlyphsException {
        return renderSvg(b, size, plan(b, size), page);
    }

    public String renderSvg(Briefing b, Paper.PageSize size, List<BriefingPage> plan, int page)
            throws MissingGlyphsException {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            ExportFonts fonts = ExportFonts.get();
            AwtSurface measurer = new AwtSurface(g, fonts);
            SvgSurface svg = new SvgSurface(size.width(), size.height(), measurer);
            painter.paint(svg, size.width(), size.height(), b, plan, page);
            measurer.failOnMissingGlyphs();
            return svg.document(
                    fonts.family(),
                    b.title() + " \u2013 " + BriefingPainter.pageTitle(b, plan.get(page)),
                    "Marking: " + b.classification().text());
        } finally {
            g.dispose();
        }
    }
}
