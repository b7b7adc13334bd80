package io.opstimeline.ui.timeline;

import io.opstimeline.core.index.ItemStore;
import io.opstimeline.core.index.RowMask;
import io.opstimeline.core.render.AxisPainter;
import io.opstimeline.core.render.Frame;
import io.opstimeline.core.render.HitMap;
import io.opstimeline.core.render.Surface;
import io.opstimeline.core.render.TimelineOverlay;
import io.opstimeline.core.render.TimelinePainter;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;

/**
 * How a {@link TimelineView} looks: one Canvas, repainted from the control's properties by the
 * core's {@link TimelinePainter} (through {@link FxSurface}) at most once a pulse, the overlays on
 * top, and the legend of symbols in the lanes' upper right corner. Installs the control's
 * {@link TimelineBehavior} (wheel, drag, keys, menus) and its tooltips.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final FxSurface surface = new FxSurface(canvas.getGraphicsContext2D());
    private final TimelinePainter painter = new TimelinePainter();
    private final TimelineLegend legend = new TimelineLegend();
    private final TimelineBehavior behavior;
    private HitMap hits = new HitMap();
    private boolean redrawQueued;

    TimelineSkin(TimelineView view) {
        super(view);
        getChildren().addAll(canvas, legend);
        legend.visibleProperty().bindBidirectional(view.legendVisibleProperty());
        legend.setTheme(view.themeProperty().get());
        registerChangeListener(view.themeProperty(), o -> {
            legend.setTheme(view.themeProperty().get());
            requestRedraw();
        });
        registerChangeListener(view.axisTopProperty(), o -> {
            requestRedraw();
            view.requestLayout(); // the legend follows the axis
        });
        for (ObservableValue<?> drawn : new ObservableValue<?>[] {
            view.storeProperty(),
            view.filterProperty(),
            view.highlightProperty(),
            view.zoneProperty(),
            view.windowProperty(),
            view.selectedIdProperty(),
            view.focusedBadgeProperty()
        }) {
            registerChangeListener(drawn, o -> requestRedraw());
        }
        registerListChangeListener(view.overlays(), c -> requestRedraw());
        behavior = new TimelineBehavior(view);
        TimelineTooltips.install(view);
    }

    @Override
    public void dispose() {
        behavior.dispose();
        legend.visibleProperty().unbindBidirectional(getSkinnable().legendVisibleProperty());
        super.dispose();
    }

    HitMap hitMap() {
        return hits;
    }

    Canvas canvas() {
        return canvas;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        TimelineView view = getSkinnable();
        double w = view.snapSizeX(view.getWidth());
        double h = view.snapSizeY(view.getHeight());
        // the legend in the upper right corner of what the scroller shows, under the axis band
        legend.autosize();
        legend.relocate(
                Math.max(TimelinePainter.GUTTER, w - legend.getWidth() - 12),
                view.axisTopProperty().get() + AxisPainter.HEIGHT + 8);
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    /** Coalesces bursts of changes (wheel events) into one paint per pulse. */
    void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                if (redrawQueued) {
                    redraw();
                }
            });
        }
    }

    /** Paints now. */
    void redraw() {
        redrawQueued = false;
        TimelineView view = getSkinnable();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w < 1 || h < 1) {
            return;
        }
        ItemStore st = view.storeProperty().get();
        if (st == null || view.windowProperty().get() == null) {
            canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
            return;
        }
        if (StartupProbe.PRINT) {
            StartupProbe.frameDrawn(); // start-up measurement, off by default (read once, at class load)
        }
        RowMask filter = view.filterProperty().get();
        RowMask mask = filter != null && filter.source() == st ? filter : null;
        double axisTop = Math.min(view.axisTopProperty().get(), Math.max(0, h - AxisPainter.HEIGHT));
        paint(surface, view, st, mask, w, h, axisTop);
    }

    /** The records, then the overlays over the lanes, onto the surface of this frame. */
    private void paint(Surface s, TimelineView view, ItemStore st, RowMask mask, double w, double h, double axisTop) {
        hits = painter.paint(
                s,
                new Frame(
                                st,
                                view.windowProperty().get(),
                                w,
                                h,
                                view.effectiveZone(),
                                view.selectedIdProperty().get(),
                                view.themeProperty().get(),
                                mask,
                                view.highlightProperty().get())
                        .withAxisTop(axisTop));
        TimelineOverlay.Frame frame = new TimelineOverlay.Frame(
                view.windowProperty().get(),
                TimelinePainter.GUTTER,
                view.timeAreaWidth(),
                AxisPainter.HEIGHT,
                h - AxisPainter.HEIGHT,
                hits,
                view.themeProperty().get());
        for (TimelineOverlay overlay : view.overlays()) {
            s.pushClip(
                    TimelinePainter.GUTTER,
                    axisTop + AxisPainter.HEIGHT,
                    view.timeAreaWidth(),
                    h - axisTop - AxisPainter.HEIGHT);
            overlay.paint(s, frame);
            s.popClip();
        }
        HitMap.ClusterBox badge = view.focusedBadgeProperty().get();
        if (badge != null) {
            // the keyboard's place among the badges, as a focus ring
            hits.clusters().stream()
                    .filter(c -> TimelineBehavior.sameBadge(c, badge))
                    .findFirst()
                    .ifPresent(c -> {
                        s.setStroke(view.themeProperty().get().selection(), 1, 2);
                        s.strokeRect(c.x() - 2, c.y() - 2, c.w() + 4, c.h() + 4);
                    });
        }
    }
}
