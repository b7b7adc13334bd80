package io.opstimeline.core.render;

/**
 * Text as one printed line: what a user typed into a title, subtitle or note may hold tabs, line
 * breaks or other control characters (a tab typed into a note, a subtitle pasted from a terminal).
 * No font has glyphs for them, so a surface drawing them would refuse the export or print a box;
 * a line break or tab is a space on one line, any other control character is left out.
 */
public final class PrintableText {
    private PrintableText() {}

    public static String oneLine(String text) {
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text; // the common case: nothing to change, no copy
        }
        StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                b.append(c);
            } else if (c == '\t'
                    || c == '\n'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029'
                    || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
    }
}
