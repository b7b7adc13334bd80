package io.opstimeline.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.annotate.ViewFilter;
import io.opstimeline.core.export.Briefing;
import io.opstimeline.core.export.BriefingOptions;
import io.opstimeline.core.export.BriefingView;
import io.opstimeline.core.export.Paper;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Event;
import io.opstimeline.core.model.Place;
import io.opstimeline.core.time.TimeWindow;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFFreeformShape;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The map on the briefing page read back as a briefer reads it: the credit, and under the map's
 * letters the number the events table gives every record the map places, so a place leads to its
 * rows; a panel beside the timeline takes room but drops no lane or record.
 */
class BriefingMapTest {
    private static final Instant EXPORTED = Instant.parse("2026-12-06T15:30:00Z");
    private static final String CREDIT = "Basemap: Natural Earth (public domain)";
    private static Dataset sample;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("java.awt.headless", "true");
        sample = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
    }

    private static Briefing briefing(BriefingOptions.MapMode map, TimeWindow window, String lanes) {
        return new Briefing(
                sample,
                List.of(),
                new BriefingOptions(null, null, null, true, true, EXPORTED).withMap(map),
                List.of(new BriefingView(null, window, ViewFilter.NONE, lanes)));
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The numbers the events table gives the window's records that have a place the data file lists. */
    private static Set<Integer> placedNumbers(Briefing b) {
        Set<String> places = sample.places().stream().map(Place::id).collect(Collectors.toSet());
        List<Event> rows = b.inWindow(b.pages().get(0));
        Set<Integer> out = new TreeSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).placeIds().stream().anyMatch(places::contains)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** The numbers printed in the map's key: between its heading and the credit under it. */
    private static Set<Integer> keyNumbers(String pageText) {
        String text = words(pageText);
        int from = text.indexOf("record numbers as in the events table");
        int to = text.indexOf(CREDIT, from);
        assertThat(from).as("the key's heading on the map page").isNotNegative();
        assertThat(to).as("the credit under the key").isGreaterThan(from);
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w+])\\d+(?!\\w)").matcher(text.substring(from, to));
        while (m.find()) {
            out.add(Integer.parseInt(m.group()));
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"A4, true", "A4, false", "A3, true", "A3, false", "LETTER, true", "LETTER, false", "WIDE, true"})
    void theMapPageCreditsNaturalEarthAndNumbersEveryPlacedRecordAsTheTableDoes(Paper paper, boolean landscape)
            throws Exception {
        Briefing b = briefing(BriefingOptions.MapMode.PAGE, BriefingView.wholeDataset(sample), null);
        Path out = dir.resolve("map.pdf");

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, paper, landscape, null, null), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String mapPage = null;
            for (int p = 1; p <= pdf.getNumberOfPages() && mapPage == null; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                if (text.contains("(map)")) {
                    mapPage = text;
                }
            }
            assertThat(mapPage).as("a page titled as the map").isNotNull();
            assertThat(words(mapPage)).contains(CREDIT);
            Set<Integer> expected = placedNumbers(b);
            assertThat(expected).as("the sample places records").hasSizeGreaterThan(30);
            assertThat(keyNumbers(mapPage)).containsAll(expected);
        }
    }

    @Test
    void aPanelTooSmallForItsKeySaysInFullWhichLettersItLeavesOutAndWhereTheyAreKeyed() throws Exception {
        Briefing b = briefing(BriefingOptions.MapMode.ON, BriefingView.wholeDataset(sample), null);
        Path out = dir.resolve("portrait-panel.pdf");

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, Paper.A4, false, null, null), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String page = words(stripper.getText(pdf));
            Matcher notice = Pattern.compile("\u2026 ([A-Z]+) to ([A-Z]+): (\\d+) more places, keyed on a map page"
                            + " \\(Map on its own page; --map page\\)")
                    .matcher(page);
            assertThat(notice.find())
                    .as("the whole notice on the page: " + page)
                    .isTrue();
            assertThat(page).as("the last letter kept in the key").contains(" " + letterBefore(notice.group(1)) + " ");
        }
    }

    /** The letter the painter gives the marker before this one (A..Z, then AA..). */
    private static String letterBefore(String tag) {
        for (int i = 1; i < 1000; i++) {
            if (io.opstimeline.core.map.MarkerLetters.of(i).equals(tag)) {
                return io.opstimeline.core.map.MarkerLetters.of(i - 1);
            }
        }
        throw new AssertionError(tag);
    }

    @ParameterizedTest
    @CsvSource({"kind, A4, false", "nation, A4, true", "nation, LETTER, false", "kind, WIDE, true"})
    void aMapPanelBesideTheTimelineDropsNoLaneAndNoRecord(String lanes, Paper paper, boolean landscape)
            throws Exception {
        Briefing b = briefing(BriefingOptions.MapMode.ON, BriefingView.wholeDataset(sample), lanes);
        Path out = dir.resolve("panel.pdf");

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PDF, paper, landscape, null, null), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(words(stripper.getText(pdf)))
                    .as("the panel on the first timeline page")
                    .contains(CREDIT);
            String all = words(new PDFTextStripper().getText(pdf));
            List<String> missing = sample.events().stream()
                    .map(Event::title)
                    .map(BriefingMapTest::words)
                    .filter(t -> !all.contains(t))
                    .toList();
            assertThat(missing).isEmpty();
            if ("nation".equals(lanes)) {
                for (String nation : List.of("Sweden", "Qatar", "Jordan", "No nation")) {
                    assertThat(all).contains(nation);
                }
            }
        }
    }

    @Test
    void inPowerPointTheMapIsNativeShapesWithTheCreditAsText() throws Exception {
        Briefing b = briefing(BriefingOptions.MapMode.PAGE, BriefingView.wholeDataset(sample), null);
        Path out = dir.resolve("map.pptx");

        new BriefingExporter().export(b, new ExportSettings(ExportFormat.PPTX, Paper.WIDE, true, null, null), out);

        try (InputStream in = Files.newInputStream(out);
                XMLSlideShow ppt = new XMLSlideShow(in)) {
            XSLFSlide map = ppt.getSlides().stream()
                    .filter(s -> texts(s).stream().anyMatch(t -> t.contains("(map)")))
                    .findFirst()
                    .orElseThrow();
            List<XSLFShape> shapes = map.getShapes();
            assertThat(shapes).noneMatch(s -> s instanceof XSLFPictureShape);
            assertThat(shapes.stream()
                            .filter(s -> s instanceof XSLFFreeformShape)
                            .count())
                    .as("land as editable freeform shapes")
                    .isGreaterThan(20);
            assertThat(texts(map)).contains(CREDIT);
            assertThat(texts(map)).anyMatch(t -> t.contains("Misrata"));
            // PowerPoint has no clip: land cut to the map's frame, never over the key or off the slide
            double w = ppt.getPageSize().getWidth();
            double h = ppt.getPageSize().getHeight();
            for (XSLFShape shape : shapes) {
                java.awt.geom.Rectangle2D r = shape.getAnchor();
                assertThat(r.getMinX() >= -0.5
                                && r.getMinY() >= -0.5
                                && r.getMaxX() <= w + 0.5
                                && r.getMaxY() <= h + 0.5)
                        .as("%s at %s on a %sx%s slide", shape.getShapeName(), r, w, h)
                        .isTrue();
            }
            // coasts as chains, not one connector per segment (thousands of shapes to open and select)
            assertThat(shapes).as("shapes on the map slide").hasSizeLessThan(1500);
        }
    }

    @Test
    void inSvgTheMapPageCarriesTheCreditAndTheKey() throws Exception {
        Briefing b = briefing(BriefingOptions.MapMode.PAGE, BriefingView.wholeDataset(sample), null);
        Path out = dir.resolve("map.svg");

        List<Path> files =
                new BriefingExporter().export(b, new ExportSettings(ExportFormat.SVG, Paper.A4, true, null, null), out);

        List<String> maps = new ArrayList<>();
        for (Path f : files) {
            String svg = Files.readString(f, StandardCharsets.UTF_8);
            if (svg.contains("(map)")) {
                maps.add(svg);
            }
        }
        assertThat(maps).hasSize(1);
        assertThat(maps.get(0)).contains(CREDIT).contains("record numbers as in the events");
    }

    private static List<String> texts(XSLFSlide slide) {
        List<String> out = new ArrayList<>();
        for (XSLFShape s : slide.getShapes()) {
            if (s instanceof XSLFTextShape t) {
                out.add(t.getText());
            }
        }
        return out;
    }
}
