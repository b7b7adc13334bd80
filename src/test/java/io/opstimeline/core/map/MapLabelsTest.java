package io.opstimeline.core.map;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.model.Dataset;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.time.TimeWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On the campaign's own map, every place name and edge-arrow label drawn can be read: none lies over
 * another or under an edge arrow, none covers a marker's count, and none runs past the map's edge. (Where there is no room a label is left out; the
 * marker's or arrow's hover lists its places.)
 */
class MapLabelsTest {
    private static final Pattern COUNT = Pattern.compile("\\d+k?");
    private static final Pattern DEGREES = Pattern.compile("-?[\\d.]+°[NSEW]?");

    private final Dataset oup = SampleCampaign.OUP;

    @Test
    void namesAndArrowLabelsNeitherOverlapNorCoverACount() {
        TimeWindow campaign = new TimeWindow(
                java.time.Instant.parse("2011-02-01T00:00:00Z").toEpochMilli(),
                java.time.Instant.parse("2012-01-01T00:00:00Z").toEpochMilli());
        MapPainter.Content content = new MapPainter.Content(
                PlaceRecords.inWindow(oup, campaign, e -> true, false), k -> Rgb.parse("#d62728"), Set.of());
        GeoBounds home = MapExtent.home(oup.places(), Basemap.bundled().bounds());
        int labelsSeen = 0;
        for (double[] size : new double[][] {{1600, 320}, {1280, 300}, {900, 600}}) {
            MapProjection fit = MapProjection.fit(home, size[0], size[1]);
            for (MapProjection view : List.of(
                    fit,
                    fit.pan(-size[0] / 4, size[1] / 3), // the theatre in a corner: arrows on two edges
                    fit.zoom(3, size[0] / 2, size[1] / 2))) {
                PlacedText s = new PlacedText();
                MapPainter.Frame frame =
                        new MapPainter().paintFrame(s, view, Basemap.bundled(), MapStyle.of(Theme.LIGHT), content);
                List<double[]> labels = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 0; i < s.texts.size(); i++) {
                    String t = s.texts.get(i);
                    if (!COUNT.matcher(t).matches()
                            && !DEGREES.matcher(t).matches()
                            && !t.contains("(at ")
                            && !t.equals(Basemap.CREDIT)) {
                        labels.add(s.boxes.get(i));
                        names.add(t);
                    }
                }
                labelsSeen += labels.size();
                for (int a = 0; a < labels.size(); a++) {
                    double[] box = labels.get(a);
                    assertThat(box[0] >= 0
                                    && box[0] + box[2] <= view.width()
                                    && box[1] >= 0
                                    && box[1] + box[3] <= view.height())
                            .as("\"%s\" inside the %s x %s map", names.get(a), view.width(), view.height())
                            .isTrue();
                    for (int b = a + 1; b < labels.size(); b++) {
                        assertThat(overlap(labels.get(a), labels.get(b)))
                                .as("\"%s\" and \"%s\" at %s", names.get(a), names.get(b), view)
                                .isFalse();
                    }
                    for (OffMapPointer p : frame.pointers()) {
                        double[] arrow = {p.x() - 8, p.y() - 8, 16, 16};
                        assertThat(overlap(labels.get(a), arrow))
                                .as(
                                        "\"%s\" under the arrow to %s",
                                        names.get(a), p.place().name())
                                .isFalse();
                    }
                    for (MarkerGroup m : frame.markers()) {
                        if (m.recordCount() > 1) {
                            double[] count = {m.x() - 6, m.y() - 5, 12, 10};
                            assertThat(overlap(labels.get(a), count))
                                    .as(
                                            "\"%s\" over the count of %s",
                                            names.get(a),
                                            m.places().get(0).place().name())
                                    .isFalse();
                        }
                    }
                }
            }
        }
        assertThat(labelsSeen).as("labels drawn at all").isGreaterThan(30);
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
    }

    /** Remembers each text and the box its glyphs take (6 px a character, 10 px tall above the baseline). */
    static final class PlacedText extends MapPainterTest.TextSurface {
        final List<double[]> boxes = new ArrayList<>();

        @Override
        public void fillText(String text, double x, double baselineY) {
            super.fillText(text, x, baselineY);
            boxes.add(new double[] {x, baselineY - 9, textWidth(text), 11});
        }
    }
}
