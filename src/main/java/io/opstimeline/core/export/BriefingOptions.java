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
 * on a screen); pages are light otherwise.
 */
public record BriefingOptions(String title, String subtitle, String classification, boolean legend,
                              boolean callouts, Instant exportedAt, ZoneId zone, String bannerColour, Boolean table,
                              ChartMode chart, Split split, boolean dark) {

    /** Where the dataset's series go. */
    public enum ChartMode { OFF, ON, PAGE }

    public BriefingOptions {
        chart = chart == null ? ChartMode.ON : chart;
        split = split == null ? Split.NONE : split;
    }

    public BriefingOptions(String title, String subtitle, String classification, boolean legend, boolean callouts,
                           Instant exportedAt, ZoneId zone) {
        this(title, subtitle, classification, legend, callouts, exportedAt, zone, null, null, null, null, false);
    }

    public BriefingOptions(String title, String subtitle, String classification, boolean legend, boolean callouts,
                           Instant exportedAt) {
        this(title, subtitle, classification, legend, callouts, exportedAt, null);
    }

    public BriefingOptions withPages(Boolean newTable, ChartMode newChart, Split newSplit) {
        return new BriefingOptions(title, subtitle, classification, legend, callouts, exportedAt, zone, bannerColour,
                newTable, newChart, newSplit, dark);
    }

    public BriefingOptions withBannerColour(String colour) {
        return new BriefingOptions(title, subtitle, classification, legend, callouts, exportedAt, zone, colour, table,
                chart, split, dark);
    }
}
