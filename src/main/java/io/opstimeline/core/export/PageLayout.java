package io.opstimeline.core.export;

/**
 * Where the parts of one briefing page lie, in page units (points for paper). Computed before
 * anything is drawn, so the timeline gets whatever the fixed parts leave.
 */
public record PageLayout(
        double width,
        double height,
        Box topBanner,
        Box titleBlock,
        Box timeline,
        Box legend,
        Box callouts,
        Box footer,
        Box bottomBanner,
        double timelineScale,
        Box map) {

    /** A rectangle on the page. */
    public record Box(double x, double y, double w, double h) {
        public double bottom() {
            return y + h;
        }

        public double right() {
            return x + w;
        }
    }

    public static final double MARGIN = 24;
    /** Banners run edge to edge, like the marking strips on printed classified pages. */
    public static final double BANNER = 20;

    public static final double GAP = 6;
    public static final double TITLE = 40;
    /** 11 px (the timeline's smallest type) times this is just over 8 pt. */
    public static final double MIN_TIMELINE_SCALE = 8.2 / 11;

    /**
     * @param legendH   height the legend needs (0 for none)
     * @param calloutsH height the callout list needs (0 for none)
     * @param footerH   height the footer needs
     */
    public static PageLayout compute(double width, double height, double legendH, double calloutsH, double footerH) {
        return compute(width, height, TITLE, legendH, calloutsH, footerH);
    }

    /** As above, with a title block of {@code titleH} (a wrapped title or filter statement needs more). */
    public static PageLayout compute(
            double width, double height, double titleH, double legendH, double calloutsH, double footerH) {
        double inner = width - 2 * MARGIN;
        Box top = new Box(0, 0, width, BANNER);
        Box bottom = new Box(0, height - BANNER, width, BANNER);
        Box title = new Box(MARGIN, top.bottom() + GAP + 2, inner, titleH);
        Box footer = new Box(MARGIN, bottom.y() - GAP - footerH, inner, footerH);
        Box callouts = new Box(MARGIN, footer.y() - (calloutsH > 0 ? GAP + calloutsH : 0), inner, calloutsH);
        Box legend = new Box(MARGIN, callouts.y() - (legendH > 0 ? GAP + legendH : 0), inner, legendH);
        double tlTop = title.bottom() + GAP;
        Box timeline = new Box(MARGIN, tlTop, inner, Math.max(60, legend.y() - GAP - tlTop));
        // The timeline keeps screen proportions, about 1300 logical pixels across the page, but never
        // so small that its smallest type (11 px: axis, counts) prints under 8 pt; a narrow page shows
        // fewer pixels across instead.
        double scale = Math.max(MIN_TIMELINE_SCALE, Math.min(1, inner / 1300));
        return new PageLayout(width, height, top, title, timeline, legend, callouts, footer, bottom, scale, null);
    }

    /** Share of the timeline's box a map panel takes: beside it on a wide page, below it on a tall one. */
    static final double MAP_SHARE_WIDE = 0.36;

    static final double MAP_SHARE_TALL = 0.42;

    /** Whether this layout has a map panel beside or below the timeline. */
    public boolean hasMap() {
        return map != null;
    }

    /**
     * The same page with a map panel cut from the timeline's box: on its right on a landscape page,
     * under it on a portrait one (a narrow strip beside lanes would show neither well).
     */
    public PageLayout withMapPanel() {
        Box t = timeline;
        Box newTimeline;
        Box mapBox;
        if (width >= height) {
            double w = Math.round(t.w() * MAP_SHARE_WIDE);
            newTimeline = new Box(t.x(), t.y(), t.w() - w - GAP, t.h());
            mapBox = new Box(t.right() - w, t.y(), w, t.h());
        } else {
            double h = Math.round(t.h() * MAP_SHARE_TALL);
            newTimeline = new Box(t.x(), t.y(), t.w(), Math.max(60, t.h() - h - GAP));
            mapBox = new Box(t.x(), newTimeline.bottom() + GAP, t.w(), t.bottom() - newTimeline.bottom() - GAP);
        }
        return new PageLayout(
                width,
                height,
                topBanner,
                titleBlock,
                newTimeline,
                legend,
                callouts,
                footer,
                bottomBanner,
                timelineScale,
                mapBox);
    }
}
