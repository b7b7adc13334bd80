package io.opstimeline.core.export;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the briefer chose for the pages. A null classification means the dataset's own marking; a
 * null zone the dataset's zone. {@code exportedAt} is passed in (not read from a clock) so a page
 * can be reproduced and tested. {@code bannerColour} ("#rrggbb") vouches for a marking outside the
 * grammar (see {@link Classification}). {@code table}: an events table after the timeline pages
 * (null: only when some record in the window is not labelled on them). {@code chart}: the
 * dataset's series under the timeline, on a page of their own, or not at all. {@code split}: one
 * page per period of a view's window. {@code dark}: the workbench's dark colours (for slides shown
 * on a screen); pages are light otherwise. {@code map}: the records of each page at their places,
 * in a panel beside (portrait: below) the timeline, on a page of their own after the view's timeline
 * pages, or not at all (the default: a map takes room from the lanes, so a briefer asks for it).
 */
public record BriefingOptions(
        String title,
        String subtitle,
        String classification,
        boolean legend,
        boolean callouts,
        Instant exportedAt,
        ZoneId zone,
        String bannerColour,
        Boolean table,
        ChartMode chart,
        Split split,
        boolean dark,
        MapMode map) {

    /** Where the dataset's series go. */
    public enum ChartMode {
        OFF,
        ON,
        PAGE
    }

    /** Where the map of the page's records goes. */
    public enum MapMode {
        OFF,
        ON,
        PAGE
    }

    public BriefingOptions {
        chart = chart == null ? ChartMode.ON : chart;
        split = split == null ? Split.NONE : split;
        map = map == null ? MapMode.OFF : map;
    }

    /** Without a map (every caller from before the map existed). */
    public BriefingOptions(
            String title,
            String subtitle,
            String classification,
            boolean legend,
            boolean callouts,
            Instant exportedAt,
            ZoneId zone,
            String bannerColour,
            Boolean table,
            ChartMode chart,
            Split split,
            boolean dark) {
        this(
                title,
                subtitle,
                classification,
                legend,
                callouts,
                exportedAt,
                zone,
                bannerColour,
                table,
                chart,
                split,
                dark,
                MapMode.OFF);
    }

    public BriefingOptions(
            String title,
            String subtitle,
            String classification,
            boolean legend,
            boolean callouts,
            Instant exportedAt,
            ZoneId zone) {
        this(title, subtitle, classification, legend, callouts, exportedAt, zone, null, null, null, null, false);
    }

    public BriefingOptions(
            String title,
            String subtitle,
            String classification,
            boolean legend,
            boolean callouts,
            Instant exportedAt) {
        this(title, subtitle, classification, legend, callouts, exportedAt, null);
    }

    public BriefingOptions withPages(Boolean newTable, ChartMode newChart, Split newSplit) {
        return new BriefingOptions(
                title,
                subtitle,
                classification,
                legend,
                callouts,
                exportedAt,
                zone,
                bannerColour,
                newTable,
                newChart,
                newSplit,
                dark,
                map);
    }

    public BriefingOptions withBannerColour(String colour) {
        return new BriefingOptions(
                title,
                subtitle,
                classification,
                legend,
                callouts,
                exportedAt,
                zone,
                colour,
                table,
                chart,
                split,
                dark,
                map);
    }

    public BriefingOptions withMap(MapMode newMap) {
        return new BriefingOptions(
                title,
                subtitle,
                classification,
                legend,
                callouts,
                exportedAt,
                zone,
                bannerColour,
                table,
                chart,
                split,
                dark,
                newMap);
    }
}
