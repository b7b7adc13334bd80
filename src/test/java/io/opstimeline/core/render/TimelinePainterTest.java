package io.opstimeline.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowFilters;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Frames of generated data drawn onto a recording surface: what a reader would see, checked. */
class TimelinePainterTest {
    /** Records text boxes; every character is 7 px wide. */
    static final class Recorder extends NoDrawing {
        record Text(String text, double x, double y, double w) {}

        final List<Text> texts = new ArrayList<>();

        @Override
        public void setFont(FontSpec font) {}

        @Override
        public void fillText(String text, double x, double baselineY) {
            texts.add(new Text(text, x, baselineY, textWidth(text)));
        }

        @Override
        public double textWidth(String text) {
            return text.length() * 7.0;
        }
    }

    static final ItemStore STORE = PeerGenerator.store(20_000, PeerGenerator.DEFAULT_SEED);
    static final long DAY = 86_400_000L;

    static Recorder paint(TimeWindow w, RowMask mask) {
        Recorder r = new Recorder();
        HitMap hits = new TimelinePainter()
                .paint(r, new Frame(STORE, w, 1920, 1080, ZoneId.of("UTC"), null, Theme.LIGHT, mask, null));
        assertThat(hits).isNotNull();
        return r;
    }

    @ParameterizedTest
    @ValueSource(longs = {275 * DAY, 30 * DAY, 3 * DAY, DAY / 4, 3_600_000L})
    void noTwoLabelsInTheLanesOverlapAtAnyZoom(long span) {
        long mid = PeerGenerator.START + 150 * DAY;
        Recorder r = paint(new TimeWindow(mid - span / 2, mid + span / 2), null);
        List<Recorder.Text> inLanes = r.texts.stream()
                .filter(t -> t.y() > AxisPainter.HEIGHT + 2 && t.x() >= TimelinePainter.GUTTER)
                .toList();
        assertThat(inLanes).isNotEmpty();
        for (int i = 0; i < inLanes.size(); i++) {
            for (int j = i + 1; j < inLanes.size(); j++) {
                Recorder.Text a = inLanes.get(i);
                Recorder.Text b = inLanes.get(j);
                boolean sameLine = Math.abs(a.y() - b.y()) < 12;
                boolean apart = a.x() + a.w() <= b.x() || b.x() + b.w() <= a.x();
                assertThat(!sameLine || apart).as("%s overlaps %s", a, b).isTrue();
            }
        }
    }

    @Test
    void aZoomedOutFrameShowsCountBadgesThatAddUpToWhatIsInView() {
        HitMap hits = new TimelinePainter()
                .paint(
                        new Recorder(),
                        Frame.of(
                                STORE,
                                new TimeWindow(PeerGenerator.START, PeerGenerator.END),
                                1920,
                                1080,
                                ZoneId.of("UTC"),
                                null,
                                Theme.LIGHT));
        assertThat(hits.clusters()).isNotEmpty();
        int total = hits.clusters().stream().mapToInt(HitMap.ClusterBox::count).sum();
        // every record is drawn or counted (a dense lane's time buckets may count a long one twice)
        assertThat(hits.boxes().size() + total).isGreaterThanOrEqualTo(STORE.size());
        for (HitMap.ClusterBox c : hits.clusters()) {
            assertThat(c.to()).isGreaterThan(c.from());
        }
    }

    @Test
    void aZoomedInFrameHitTestsToTheRecordsItDrew() {
        long mid = PeerGenerator.START + 150 * DAY;
        HitMap hits = new TimelinePainter()
                .paint(
                        new Recorder(),
                        Frame.of(
                                STORE,
                                new TimeWindow(mid, mid + 3_600_000L),
                                1920,
                                1080,
                                ZoneId.of("UTC"),
                                null,
                                Theme.LIGHT));
        assertThat(hits.boxes()).isNotEmpty();
        HitMap.Box box = hits.boxes().get(0);
        assertThat(hits.hit(box.centerX(), box.centerY())).contains(box.eventId());
    }

    @Test
    void hidingByKindLeavesOnlyThatKindsCounts() {
        RowMask strikes = new RowMask(STORE, RowFilters.byKinds(STORE, Set.of("strikes")), RowMask.Mode.HIDE);
        HitMap hits = new TimelinePainter()
                .paint(
                        new Recorder(),
                        new Frame(
                                STORE,
                                new TimeWindow(PeerGenerator.START, PeerGenerator.END),
                                1920,
                                1080,
                                ZoneId.of("UTC"),
                                null,
                                Theme.LIGHT,
                                strikes,
                                null));
        java.util.Set<String> strikeIds = new java.util.HashSet<>();
        for (int r = strikes.rows().nextSetBit(0); r >= 0; r = strikes.rows().nextSetBit(r + 1)) {
            strikeIds.add(STORE.id(r));
        }
        assertThat(hits.boxes())
                .isNotEmpty()
                .allSatisfy(b -> assertThat(strikeIds).contains(b.eventId()));
        int inBadges =
                hits.clusters().stream().mapToInt(HitMap.ClusterBox::count).sum();
        // every passing record is drawn or counted in a badge, once; nothing else is
        assertThat(hits.boxes().size() + inBadges).isEqualTo(strikeIds.size());
    }
}
