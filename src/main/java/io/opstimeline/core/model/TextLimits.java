package io.opstimeline.core.model;

/**
 * Limits a text must keep to be drawn. The text shapers under JavaFX and Java2D give up on one
 * character cluster tens of thousands of code units long (65,600 combining marks on one letter
 * end the JVM with an assertion), and a title of a million letters makes every frame measure it.
 * No real record comes near either limit, so the loaders refuse such text at its position.
 */
public final class TextLimits {
    /** Zalgo text stacks a few dozen marks; 64 on one letter is already unreadable. */
    public static final int MAX_COMBINING_RUN = 64;
    /** Titles, labels and names are drawn on the timeline and on pages; a long headline is 200. */
    public static final int MAX_TITLE_CHARS = 2_000;

    private TextLimits() {}

    /** Why {@code text} cannot be drawn (a message for the user), or null when it can. */
    public static String combiningMarksProblem(CharSequence text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && joinsPrevious(c)) {
                if (++run > MAX_COMBINING_RUN) {
                    return "a run of more than " + MAX_COMBINING_RUN + " combining marks (at character " + (i + 1)
                            + "); no text shaper can draw that, and no language needs it";
                }
            } else {
                run = 0;
            }
        }
        return null;
    }

    /** Why a title, label or name cannot be drawn, or null when it can. */
    public static String titleProblem(CharSequence title) {
        if (title.length() > MAX_TITLE_CHARS) {
            return "longer than " + MAX_TITLE_CHARS + " characters (" + title.length()
                    + "); a title is drawn on every frame: put the rest in the summary";
        }
        return combiningMarksProblem(title);
    }

    /** Marks and format characters (joiners, selectors) that extend the cluster before them. */
    private static boolean joinsPrevious(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }
}
