package io.opstimeline.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How a lane's name fits the gutter beside its "+N" count: on one line when it fits, else wrapped
 * at spaces onto two lines (the count beside the second), and cut with an ellipsis only when even
 * that is too narrow. "United Kingdom" and "United States" must not both read "United...".
 *
 * @param lines       the name's lines, one or two
 * @param badgeOnLine which line the count sits beside (0 or 1)
 */
record LaneHeader(List<String> lines, int badgeOnLine) {

    /**
     * @param width      the text's width in the lane-name font
     * @param room       width from the name's left edge to the gutter's right margin
     * @param badgeRoom  width the count takes with its spacing, 0 when there is none
     */
    static LaneHeader fit(String name, ToDoubleFunction<String> width, double room, double badgeRoom) {
        if (width.applyAsDouble(name) <= room - badgeRoom) {
            return new LaneHeader(List.of(name), 0);
        }
        String[] words = name.trim().split("\\s+");
        int take = 0;
        StringBuilder first = new StringBuilder();
        while (take < words.length - 1) {
            String tried = first.length() == 0 ? words[take] : first + " " + words[take];
            if (width.applyAsDouble(tried) > room) {
                break;
            }
            first.setLength(0);
            first.append(tried);
            take++;
        }
        if (take == 0) {
            // one long word first: nothing to wrap at, so the count goes below and the name is cut
            return new LaneHeader(List.of(cut(name, width, room)), 0).withBadgeBelow(badgeRoom);
        }
        String rest = String.join(" ", java.util.Arrays.asList(words).subList(take, words.length));
        List<String> lines = new ArrayList<>();
        lines.add(first.toString());
        lines.add(cut(rest, width, room - badgeRoom));
        return new LaneHeader(lines, 1);
    }

    private LaneHeader withBadgeBelow(double badgeRoom) {
        return badgeRoom == 0 ? this : new LaneHeader(List.of(lines.get(0), ""), 1);
    }

    /** The text, or its longest prefix that fits with an ellipsis. */
    static String cut(String text, ToDoubleFunction<String> width, double room) {
        if (width.applyAsDouble(text) <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width.applyAsDouble(text.substring(0, mid) + "\u2026") <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).stripTrailing() + "\u2026";
    }
}
