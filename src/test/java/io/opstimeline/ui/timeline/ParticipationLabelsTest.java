package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.layout.EventStores;
import io.opstimeline.core.layout.Lanes;
import io.opstimeline.core.load.DatasetLoader;
import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Nation;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.CountingSurface;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.NoDrawing;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelineOverlay;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A nation's participation labels, drawn along the bottom of the lanes, never overlap each other
 * and stay inside the time area, for every nation of the bundled campaign, at a narrow and a wide
 * timeline, over the whole campaign and zoomed to its first weeks.
 */
class ParticipationLabelsTest {

    /** A label as drawn: its box from the text's measured width and the font's height. */
    private record Box(String text, double x, double y, double w, double h) {
        boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }

    /** Measures bold 12 px text a little wider than any real font, and keeps what is written. */
    private static final class Recording extends NoDrawing {
        final List<Box> boxes = new ArrayList<>();
        private double size = 12;

        @Override
        public void setFont(FontSpec font) {
            size = font.size();
        }

        @Override
        public double textWidth(String text) {
            return text.codePointCount(0, text.length()) * size * 0.62;
        }

        @Override
        public void fillText(String text, double x, double baselineY) {
            boxes.add(new Box(text, x, baselineY - size, textWidth(text), size * 1.25));
        }

        @Override
        public void setFill(Rgb color, double alpha) {}
    }

    @ParameterizedTest(name = "{0} px wide, {1} to {2}")
    @CsvSource({
        "600, 2011-03-10T00:00:00Z, 2011-11-10T00:00:00Z",
        "1280, 2011-03-10T00:00:00Z, 2011-11-10T00:00:00Z",
        "3400, 2011-03-10T00:00:00Z, 2011-11-10T00:00:00Z",
        "1280, 2011-03-15T00:00:00Z, 2011-04-20T00:00:00Z",
        "1280, 2011-10-01T00:00:00Z, 2011-11-10T00:00:00Z",
    })
    void labelsOfEveryNationNeverOverlapAndStayInTheTimeArea(int width, String from, String to) throws Exception {
        Dataset d = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        long end = Instant.parse("2011-11-04T00:00:00Z").toEpochMilli();
        TimelineOverlay.Frame frame = new TimelineOverlay.Frame(
                new TimeWindow(
                        Instant.parse(from).toEpochMilli(), Instant.parse(to).toEpochMilli()),
                120,
                width,
                40,
                400,
                new HitMap(),
                Theme.LIGHT);
        int drawn = 0;
        for (Nation n : d.nations()) {
            Recording s = new Recording();
            new ParticipationOverlay(n, end).paint(s, frame);
            for (int i = 0; i < s.boxes.size(); i++) {
                Box a = s.boxes.get(i);
                assertThat(a.x()).as(n.name() + ": " + a.text()).isGreaterThanOrEqualTo(frame.x0());
                assertThat(a.x() + a.w()).as(n.name() + ": " + a.text()).isLessThanOrEqualTo(frame.x0() + width);
                for (int j = i + 1; j < s.boxes.size(); j++) {
                    assertThat(a.overlaps(s.boxes.get(j)))
                            .as(
                                    "%s: \"%s\" overlaps \"%s\"",
                                    n.name(), a.text(), s.boxes.get(j).text())
                            .isFalse();
                }
            }
            drawn += s.boxes.size();
            if (n.name().equals("United States") && width >= 1280 && from.startsWith("2011-03-10")) {
                assertThat(s.boxes)
                        .as("both US spans labelled, with the nation's name")
                        .hasSize(2)
                        .allMatch(b -> b.text().startsWith("United States"));
            }
        }
        assertThat(drawn)
                .as("labels drawn at all")
                .isGreaterThanOrEqualTo(d.nations().size());
    }

    @ParameterizedTest(name = "{0} x {1} px")
    @CsvSource({"1280, 300", "1920, 420", "3400, 700"})
    void stackedLabelsDoNotCoverTheRecordsDrawnInTheLanes(int width, int height) throws Exception {
        Dataset d = new DatasetLoader().load(Path.of("sample-data/oup-2011.json"));
        TimeWindow window = new TimeWindow(
                Instant.parse("2011-03-10T00:00:00Z").toEpochMilli(),
                Instant.parse("2011-11-10T00:00:00Z").toEpochMilli());
        HitMap hits = new TimelinePainter()
                .paint(
                        new CountingSurface(),
                        new Frame(
                                EventStores.of(d.events(), Lanes.byKind(d), d::kind),
                                window,
                                width,
                                height,
                                ZoneOffset.UTC,
                                null,
                                Theme.LIGHT,
                                null,
                                null));
        assertThat(hits.boxes()).as("records drawn").isNotEmpty();
        TimelineOverlay.Frame frame = new TimelineOverlay.Frame(
                window,
                TimelinePainter.GUTTER,
                width - TimelinePainter.GUTTER,
                AxisPainter.HEIGHT,
                height - AxisPainter.HEIGHT,
                hits,
                Theme.LIGHT);
        double bottomBaseline = frame.top() + frame.height() - 8;
        long end = Instant.parse("2011-11-04T00:00:00Z").toEpochMilli();
        for (Nation n : d.nations()) {
            Recording s = new Recording();
            new ParticipationOverlay(n, end).paint(s, frame);
            for (Box label : s.boxes) {
                if (label.y() + 12 < bottomBaseline - 1) {
                    for (HitMap.Box r : hits.boxes()) {
                        Box record = new Box(r.eventId(), r.x(), r.y(), r.w(), r.h());
                        assertThat(label.overlaps(record))
                                .as("%s: \"%s\" covers record %s", n.name(), label.text(), r.eventId())
                                .isFalse();
                    }
                }
            }
        }
    }
}
