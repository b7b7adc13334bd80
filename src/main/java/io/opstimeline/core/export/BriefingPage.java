package io.opstimeline.core.export;

import io.opstimeline.core.model.Event;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One physical page of a briefing, as planned by {@link BriefingPainter#plan}: a view's timeline
 * (all its lanes, or a share of them when they do not fit and continue on the next page), its
 * series chart on a page of its own, its map on a page of its own, or a part of its events table.
 */
public sealed interface BriefingPage {
    BriefingView view();

    /**
     * The view's timeline; {@code laneIds} null for all lanes, else this page's share of them;
     * {@code chart} the series under the lanes; {@code map} a map panel of the page's records beside them;
     * {@code noteNumbers} the pack-wide number of each annotation the page shows (empty until planned).
     */
    record Timeline(
            BriefingView view,
            Set<String> laneIds,
            int lanePart,
            int laneParts,
            boolean chart,
            boolean map,
            Map<String, Integer> noteNumbers)
            implements BriefingPage {
        public Timeline {
            noteNumbers = Map.copyOf(noteNumbers);
        }

        Timeline(BriefingView view, Set<String> laneIds, int lanePart, int laneParts, boolean chart, boolean map) {
            this(view, laneIds, lanePart, laneParts, chart, map, Map.of());
        }

        Timeline withNoteNumbers(Map<String, Integer> numbers) {
            return new Timeline(view, laneIds, lanePart, laneParts, chart, map, numbers);
        }
    }

    /** The view's records at their places, on a page of their own. */
    record MapPage(BriefingView view) implements BriefingPage {}

    /** The view's series on a page of their own, on the timeline's time axis. */
    record Chart(BriefingView view) implements BriefingPage {}

    /** Part {@code part} (1-based) of {@code parts} of the view's events table. */
    record Table(BriefingView view, List<Row> rows, int part, int parts) implements BriefingPage {}

    /**
     * A record of the window in the events table: its number, how the timeline pages show it, and
     * the numbers of the annotation badges on it (the pack's numbers, as the timeline and callouts print them).
     */
    record Row(int number, Event event, OnTimeline onTimeline, List<Integer> notes) {
        public Row {
            notes = List.copyOf(notes);
        }

        /** Whether a timeline page prints the record's whole title. */
        public boolean labelled() {
            return onTimeline == OnTimeline.LABELLED;
        }
    }

    /** How a timeline page shows a record, as the events table's last column says it. */
    enum OnTimeline {
        /** Drawn with its whole title. */
        LABELLED("labelled"),
        /** Drawn, its title cut for room (by the next mark or the page's edge). */
        SHORTENED("shortened"),
        /** Not drawn on its own: counted in a badge. */
        BADGE("badge");

        private final String word;

        OnTimeline(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
