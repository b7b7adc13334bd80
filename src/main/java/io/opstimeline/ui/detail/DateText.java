package io.opstimeline.ui.detail;

import io.opstimeline.core.model.Event;

/** Words for when a record happened, saying how precise and how certain the date is. */
final class DateText {
    private DateText() {}

    static String describe(Event e) {
        StringBuilder sb = new StringBuilder(e.start().display());
        if (e.end() != null) {
            sb.append(" \u2013 ").append(e.end().display());
        }
        sb.append(" (").append(e.start().precision().label());
        if (e.end() != null && e.end().precision() != e.start().precision()) {
            sb.append(" to ").append(e.end().precision().label());
        }
        sb.append(" precision");
        if (e.approximate()) {
            sb.append(", approximate");
        }
        sb.append(')');
        if (e.earliest() != null || e.latest() != null) {
            sb.append("; between ")
                    .append(e.earliest() == null ? "?" : e.earliest().display())
                    .append(" and ")
                    .append(e.latest() == null ? "?" : e.latest().display());
        }
        return sb.toString();
    }
}
