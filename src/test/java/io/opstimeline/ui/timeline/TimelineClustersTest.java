package io.opstimeline.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.opstimeline.core.bulk.PeerGenerator;
import io.opstimeline.core.document.TimelineDocument;
import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowFilters;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.time.TimeWindow;
import java.util.Set;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline over a bulk store: count badges open when clicked, filters hide what they reject. */
@ExtendWith(ApplicationExtension.class)
class TimelineClustersTest {
    private static final ItemStore STORE = PeerGenerator.store(50_000, PeerGenerator.DEFAULT_SEED);
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView();
        // an items file as the workbench opens one: a document whose records are the store's rows
        view.documentProperty().set(TimelineDocument.ofItems(STORE, "peer-50000.json"));
        stage.setScene(new Scene(view, 1400, 700));
        stage.show();
    }

    @Test
    void aStoreIsFittedAndDrawnAsCountBadgesWhenZoomedOut() {
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow w = view.windowProperty().get();
        assertThat(w.start()).isLessThanOrEqualTo(PeerGenerator.START);
        assertThat(w.end()).isGreaterThanOrEqualTo(PeerGenerator.END);
        assertThat(view.hitMap().clusters()).isNotEmpty();
    }

    @Test
    void clickingACountBadgeListsItsRecordsAndZoomsIntoItsSpanOnRequest(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        long before = view.windowProperty().get().span();
        HitMap.ClusterBox badge = view.hitMap().clusters().get(3);
        robot.clickOn(view.localToScreen(badge.x() + badge.w() / 2, badge.y() + badge.h() / 2));
        WaitForAsyncUtils.waitForFxEvents();
        // a dense lane's badge holds more than a menu can: the first ones, then the way to all of them
        javafx.scene.control.ContextMenu list = openMenu(robot);
        assertThat(list.getItems()).hasSize(HiddenRecordsMenu.MAX_LISTED + 2);
        javafx.scene.control.MenuItem zoom = list.getItems().get(list.getItems().size() - 1);
        assertThat(zoom.getText()).isEqualTo("Zoom in to show all " + badge.count() + " records");
        robot.interact(zoom::fire);
        robot.interact(list::hide);
        WaitForAsyncUtils.waitForFxEvents();
        TimeWindow after = view.windowProperty().get();
        assertThat(after.span()).isLessThan(before / 4);
        // the new window shows the badge's span
        assertThat(after.start()).isLessThanOrEqualTo(badge.from());
        assertThat(after.end()).isGreaterThanOrEqualTo(badge.to());
    }

    static javafx.scene.control.ContextMenu openMenu(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no list opened"));
    }

    @Test
    void zoomedInRecordsAreClickableAndSelectTheirId(FxRobot robot) {
        long mid = PeerGenerator.START + 150 * 86_400_000L;
        robot.interact(() -> view.windowProperty().set(new TimeWindow(mid, mid + 3_600_000L)));
        WaitForAsyncUtils.waitForFxEvents();
        HitMap.Box box = view.hitMap().boxes().get(view.hitMap().boxes().size() - 1);
        robot.clickOn(view.localToScreen(Math.min(box.x() + 10, view.getWidth() - 5), box.centerY()));
        assertThat(view.selectedIdProperty().get()).isEqualTo(box.eventId());

        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // Enter shows the selected record with room either side: a third of the view
        TimeWindow shown = view.windowProperty().get();
        int row = -1;
        for (int r = 0; r < STORE.size() && row < 0; r++) {
            if (STORE.id(r).equals(box.eventId())) {
                row = r;
            }
        }
        assertThat(shown.start()).isLessThan(STORE.start(row));
        assertThat(shown.end()).isGreaterThan(STORE.end(row));
    }

    @Test
    void hidingByKindDrawsOnlyThatKind(FxRobot robot) {
        long mid = PeerGenerator.START + 150 * 86_400_000L;
        RowMask strikes = new RowMask(STORE, RowFilters.byKinds(STORE, Set.of("strikes")), RowMask.Mode.HIDE);
        robot.interact(() -> {
            view.windowProperty().set(new TimeWindow(mid, mid + 6 * 3_600_000L));
            view.filterProperty().set(strikes);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.hitMap().boxes()).isNotEmpty().allSatisfy(b -> {
            int row = -1;
            for (int r = STORE.laneStart(2); r < STORE.laneEnd(2) && row < 0; r++) {
                if (STORE.id(r).equals(b.eventId())) {
                    row = r;
                }
            }
            assertThat(row).as("record %s is a strike", b.eventId()).isNotNegative();
        });
    }

    @Test
    void rightClickOnARecordSelectsItAndShowsTheWorkbenchsMenuForIt(FxRobot robot) {
        long mid = PeerGenerator.START + 150 * 86_400_000L;
        java.util.List<String> askedFor = new java.util.ArrayList<>();
        robot.interact(() -> {
            view.windowProperty().set(new TimeWindow(mid, mid + 3_600_000L));
            view.recordMenuFactoryProperty().set(id -> {
                askedFor.add(id);
                return new javafx.scene.control.ContextMenu(new javafx.scene.control.MenuItem("Copy id"));
            });
        });
        WaitForAsyncUtils.waitForFxEvents();
        HitMap.Box box = view.hitMap().boxes().get(0);
        robot.rightClickOn(view.localToScreen(Math.max(box.x(), 140) + 4, box.centerY()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(askedFor).containsExactly(box.eventId());
        assertThat(view.selectedIdProperty().get()).isEqualTo(box.eventId());
        javafx.scene.control.ContextMenu menu = openMenu(robot);
        assertThat(menu.getItems())
                .extracting(javafx.scene.control.MenuItem::getText)
                .containsExactly("Copy id");
        robot.interact(menu::hide);
    }

    @Test
    void theTooltipGivesARecordsWholeTitleAndALanesFullName(FxRobot robot) {
        long mid = PeerGenerator.START + 150 * 86_400_000L;
        robot.interact(() -> view.windowProperty().set(new TimeWindow(mid, mid + 3_600_000L)));
        WaitForAsyncUtils.waitForFxEvents();
        HitMap.Box box = view.hitMap().boxes().get(0);
        HitMap.LaneBox lane = view.hitMap().lanes().get(2);
        String[] said = new String[2];
        robot.interact(() -> {
            said[0] = TimelineTooltips.textAt(view, Math.max(box.x(), 140) + 3, box.centerY());
            said[1] = TimelineTooltips.textAt(view, 40, lane.y() + 5);
        });
        int row = io.opstimeline.core.index.RowOrder.rowOf(STORE, box.eventId());
        assertThat(said[0]).startsWith(STORE.title(row) + "\n");
        assertThat(said[1]).startsWith(STORE.lane(2).label() + ": ");
    }
}
