package io.opstimeline.core.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.ItemStoreBuilder;
import io.opstimeline.core.index.LaneInfo;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.model.Rgb;
import io.opstimeline.core.render.FontSpec;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.NoDrawing;
import io.opstimeline.core.render.Theme;
import io.opstimeline.core.render.TimelinePainter;
import io.opstimeline.core.time.TimeWindow;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * How lanes fold records into "+N" and count badges, as the user meets it: the same data, window
 * and size always give the same picture, whatever was drawn before; and every record in view is
 * either drawn where it can be seen or counted in a badge that lists it.
 */
class LaneFoldingProperties {
    private static final long DAY = 86_400_000L;
    private static final String[] WORDS = {
        "Strike",
        "near",
        "Brega",
        "Misrata",
        "Tripoli",
        "Benghazi",
        "\u00e9t\u00e9",
        "\u2014",
        "Operation",
        "Harmattan",
        "Unified",
        "Protector",
        "\u0637\u0631\u0627\u0628\u0644\u0633"
    };

    record Item(int lane, long start, long duration, int flags, List<String> words) {}

    record Scene(List<Item> items, int lanes, long from, long span, int width, int height, boolean hideHalf) {}

    @Provide
    Arbitrary<Scene> scenes() {
        Arbitrary<Item> item = Combinators.combine(
                        Arbitraries.integers().between(0, 4),
                        Arbitraries.longs().between(0, 200 * DAY),
                        Arbitraries.oneOf(
                                Arbitraries.just(0L), Arbitraries.longs().between(DAY / 24, 40 * DAY)),
                        Arbitraries.of(0, ItemStore.UNCERTAIN),
                        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(9))
                .as(Item::new);
        return Combinators.combine(
                        item.list().ofMaxSize(120),
                        Arbitraries.integers().between(1, 5),
                        Arbitraries.longs().between(-20 * DAY, 190 * DAY),
                        Arbitraries.longs().between(DAY, 260 * DAY),
                        Arbitraries.integers().between(420, 3840),
                        Arbitraries.integers().between(140, 2160),
                        Arbitraries.of(false, true))
                .as(Scene::new);
    }

    /** Text as wide as its characters at the font's size: the width depends on the font set now. */
    static final class Measuring extends NoDrawing {
        private FontSpec font = FontSpec.LABEL;

        @Override
        public void setFont(FontSpec f) {
            font = f;
        }

        @Override
        public double textWidth(String text) {
            return text.codePointCount(0, text.length()) * font.size() * (font.bold() ? 0.62 : 0.55);
        }
    }

    static ItemStore store(Scene sc) {
        List<LaneInfo> lanes = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int l = 0; l < sc.lanes(); l++) {
            lanes.add(new LaneInfo("k" + l, l == 0 ? "United Arab Emirates" : "Strike report " + l, new Rgb(0, 0, 0)));
            kinds.add("k" + l);
        }
        ItemStoreBuilder b = new ItemStoreBuilder(lanes, kinds, sc.items().size());
        for (int i = 0; i < sc.items().size(); i++) {
            Item it = sc.items().get(i);
            int lane = it.lane() % sc.lanes();
            int flags = it.flags() | (it.duration() > 0 ? ItemStore.RANGE : 0);
            b.add(lane, lane, it.start(), it.start() + it.duration(), flags, String.join(" ", it.words()), "r" + i);
        }
        return b.build();
    }

    static Frame frame(Scene sc, ItemStore store) {
        RowMask mask = null;
        if (sc.hideHalf()) {
            BitSet keep = new BitSet();
            for (int r = 0; r < store.size(); r++) {
                keep.set(r, r % 2 == 0);
            }
            mask = new RowMask(store, keep, RowMask.Mode.HIDE);
        }
        return new Frame(
                store,
                new TimeWindow(sc.from(), sc.from() + sc.span()),
                sc.width(),
                sc.height(),
                ZoneId.of("UTC"),
                null,
                Theme.LIGHT,
                mask,
                null);
    }

    /** What the user can see of a frame: every drawn box and badge, and what each badge lists. */
    static List<String> picture(HitMap hits) {
        List<String> out = new ArrayList<>();
        hits.boxes().forEach(b -> out.add(b.toString()));
        for (HitMap.ClusterBox c : hits.clusters()) {
            List<String> ids = new ArrayList<>();
            for (int r : hits.rowsOf(c)) {
                ids.add(hits.store().id(r));
            }
            out.add(c.count() + "@" + c.x() + "," + c.y() + "," + c.w() + " lane " + c.lane() + " " + ids);
        }
        hits.lanes().forEach(l -> out.add(l.toString()));
        return out;
    }

    @Property(tries = 200)
    void theSameDataWindowAndSizeGiveTheSamePicture(@ForAll("scenes") Scene scene, @ForAll("scenes") Scene before) {
        ItemStore store = store(scene);
        Frame frame = frame(scene, store);
        List<String> fresh = picture(new TimelinePainter().paint(new Measuring(), frame));

        TimelinePainter used = new TimelinePainter();
        Measuring surface = new Measuring();
        used.paint(surface, frame(before, store(before)));
        used.paint(
                surface,
                frame(
                        new Scene(
                                scene.items(),
                                scene.lanes(),
                                before.from(),
                                before.span(),
                                before.width(),
                                before.height(),
                                before.hideHalf()),
                        store));
        List<String> again = picture(used.paint(surface, frame));

        assertThat(again).isEqualTo(fresh);
    }

    @Property(tries = 300)
    void everyRecordInViewIsDrawnOrListedInABadge(@ForAll("scenes") Scene scene) {
        ItemStore source = store(scene);
        Frame frame = frame(scene, source);
        HitMap hits = new TimelinePainter().paint(new Measuring(), frame);
        ItemStore drawnFrom = hits.store();
        TimeWindow w = frame.window();

        Set<String> reachable = new HashSet<>();
        for (HitMap.Box b : hits.boxes()) {
            assertThat(b.x() + b.w()).as("%s shows right of the gutter", b).isGreaterThan(TimelinePainter.GUTTER);
            assertThat(b.x()).as("%s starts inside the view", b).isLessThan(scene.width());
            reachable.add(b.eventId());
        }
        for (HitMap.ClusterBox c : hits.clusters()) {
            assertThat(c.x() + c.w()).as("badge %s inside the view", c).isLessThanOrEqualTo(scene.width());
            for (int r : hits.rowsOf(c)) {
                reachable.add(drawnFrom.id(r));
            }
        }
        for (int lane = 0; lane < drawnFrom.laneCount(); lane++) {
            for (int r : drawnFrom.query(lane, w.start(), w.end())) {
                assertThat(reachable)
                        .as(
                                "record %s (%s..%s) in lane %d",
                                drawnFrom.id(r), drawnFrom.start(r), drawnFrom.end(r), lane)
                        .contains(drawnFrom.id(r));
            }
        }
    }

    @Property(tries = 100)
    void aRecordAloneInItsStretchOfTheLaneIsDrawnThoughANeighboursLabelReachesIt(
            @ForAll @IntRange(min = 20, max = 200) int daysApart, @ForAll @IntRange(min = 600, max = 2400) int width) {
        // the 3 June case: two records in a one-row lane, the first one's long title reaching the second
        Scene scene = new Scene(
                List.of(
                        new Item(
                                0,
                                0,
                                0,
                                0,
                                List.of("Operation Harmattan: French aircraft make first strikes near Benghazi"
                                        .split(" "))),
                        new Item(0, daysApart * DAY, 0, 0, List.of("Apaches strike near Brega".split(" ")))),
                1,
                -10 * DAY,
                400 * DAY,
                width,
                60,
                false);
        HitMap hits = new TimelinePainter().paint(new Measuring(), frame(scene, store(scene)));
        double apart = (double) daysApart / 400 * (width - TimelinePainter.GUTTER);
        if (apart > 2 * LaneLayout.POINT_HALF + LaneLayout.GAP + 4) {
            assertThat(hits.boxes()).extracting(HitMap.Box::eventId).containsExactly("r0", "r1");
        }
    }
}
