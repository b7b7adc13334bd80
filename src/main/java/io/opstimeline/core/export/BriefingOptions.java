package io.opstimeline.core.export;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the briefer chose for the pages. A null classification means the dataset's own marking; a
 * null zone the dataset's zone. {@code exportedAt} is passed in (not read from a clock) so a page
 * can be reproduced and tested.
 */
public record BriefingOptions(String title, String subtitle, String classification, boolean legend,
                              boolean callouts, Instant exportedAt, ZoneId zone) {

    public BriefingOptions(String title, String subtitle, String classification, boolean legend, boolean callouts,
                           Instant exportedAt) {
        this(title, subtitle, classification, legend, callouts, exportedAt, null);
    }
}
