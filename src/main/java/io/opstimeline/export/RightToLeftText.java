package io.opstimeline.export;

import java.text.Bidi;

/**
 * Text as PDFBox must be handed it: PDFBox draws the characters it is given, one glyph each, left
 * to right, with no shaping, so Arabic would print as isolated letters in the wrong order. This
 * replaces each Arabic letter by its joined presentation form (isolated, final, initial or medial,
 * from Unicode's Arabic Presentation Forms-B, with the lam-alef ligatures) and puts right-to-left
 * runs in visual order ({@link Bidi}), mirroring brackets. Java2D (PNG) and the SVG and PowerPoint
 * readers shape text themselves and get the logical string. Text extraction maps the presentation
 * forms back to letters, so the PDF stays searchable.
 */
final class RightToLeftText {
    /** The Presentation Forms-B isolated form of U+0621..U+064A; 0 for letters that do not join. */
    private static final int[] ISOLATED = new int[0x64B - 0x621];
    /** How many forms each letter has: 1 (hamza), 2 (joins on its right only) or 4 (both sides). */
    private static final int[] FORMS = new int[0x64B - 0x621];

    static {
        // Unicode's Arabic Presentation Forms-B in letter order: each letter's forms follow one another.
        int[][] table = {
            {0x621, 0xFE80, 1}, {0x622, 0xFE81, 2}, {0x623, 0xFE83, 2}, {0x624, 0xFE85, 2}, {0x625, 0xFE87, 2},
            {0x626, 0xFE89, 4}, {0x627, 0xFE8D, 2}, {0x628, 0xFE8F, 4}, {0x629, 0xFE93, 2}, {0x62A, 0xFE95, 4},
            {0x62B, 0xFE99, 4}, {0x62C, 0xFE9D, 4}, {0x62D, 0xFEA1, 4}, {0x62E, 0xFEA5, 4}, {0x62F, 0xFEA9, 2},
            {0x630, 0xFEAB, 2}, {0x631, 0xFEAD, 2}, {0x632, 0xFEAF, 2}, {0x633, 0xFEB1, 4}, {0x634, 0xFEB5, 4},
            {0x635, 0xFEB9, 4}, {0x636, 0xFEBD, 4}, {0x637, 0xFEC1, 4}, {0x638, 0xFEC5, 4}, {0x639, 0xFEC9, 4},
            {0x63A, 0xFECD, 4}, {0x641, 0xFED1, 4}, {0x642, 0xFED5, 4}, {0x643, 0xFED9, 4}, {0x644, 0xFEDD, 4},
            {0x645, 0xFEE1, 4}, {0x646, 0xFEE5, 4}, {0x647, 0xFEE9, 4}, {0x648, 0xFEED, 2}, {0x649, 0xFEEF, 2},
            {0x64A, 0xFEF1, 4}
        };
        for (int[] row : table) {
            ISOLATED[row[0] - 0x621] = row[1];
            FORMS[row[0] - 0x621] = row[2];
        }
    }

    private static final int TATWEEL = 0x640;
    private static final int LAM = 0x644;

    private RightToLeftText() {}

    /** Whether any character is written right to left (Arabic, Hebrew, their presentation forms). */
    static boolean hasRightToLeft(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            byte d = Character.getDirectionality(text.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE) {
                return true;
            }
        }
        return false;
    }

    /** The string to draw left to right; the same string when it has nothing right-to-left in it. */
    static String visual(String text) {
        char[] chars = text.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return text;
        }
        String shaped = shape(text);
        Bidi bidi = new Bidi(shaped, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return shaped;
        }
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Object[] parts = new Object[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            String run = shaped.substring(bidi.getRunStart(r), bidi.getRunLimit(r));
            parts[r] = (levels[r] & 1) == 1 ? reversed(run) : run;
        }
        Bidi.reorderVisually(levels, 0, parts, 0, runs);
        StringBuilder out = new StringBuilder(shaped.length());
        for (Object p : parts) {
            out.append((String) p);
        }
        return out.toString();
    }

    /** A right-to-left run backwards, brackets mirrored, combining marks kept after their letter. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int i = run.length();
        while (i > 0) {
            int end = i;
            i--;
            while (i > 0 && isTransparent(run.charAt(i))) {
                i--; // a letter and its marks move together
            }
            for (int k = i; k < end; k++) {
                out.append(k == i ? mirrored(run.charAt(k)) : run.charAt(k));
            }
        }
        return out.toString();
    }

    private static char mirrored(char c) {
        return switch (c) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            default -> c;
        };
    }

    /** Letters in their joined forms, in logical order. */
    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int forms = forms(c);
            if (forms == 0) {
                out.append(c);
                continue;
            }
            boolean joinsBefore = joinsForward(previousLetter(text, i));
            int next = nextLetter(text, i);
            if (c == LAM && next >= 0 && lamAlef(text.charAt(next)) > 0) {
                // lam followed by alef is always written as one ligature (isolated or final)
                out.append((char) (lamAlef(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                out.append(text, i + 1, next); // marks between them
                i = next;
                continue;
            }
            boolean joinsAfter = forms == 4 && next >= 0 && joinsBackward(text.charAt(next));
            int form;
            if (forms == 1) {
                form = 0;
            } else if (joinsBefore && joinsAfter) {
                form = 3;
            } else if (joinsBefore) {
                form = 1;
            } else if (joinsAfter) {
                form = 2;
            } else {
                form = 0;
            }
            out.append((char) (ISOLATED[c - 0x621] + form));
        }
        return out.toString();
    }

    private static int forms(char c) {
        return c >= 0x621 && c < 0x64B ? FORMS[c - 0x621] : 0;
    }

    /** The lam-alef ligature's isolated form for an alef after lam, or 0. */
    private static int lamAlef(char alef) {
        return switch (alef) {
            case '\u0622' -> 0xFEF5;
            case '\u0623' -> 0xFEF7;
            case '\u0625' -> 0xFEF9;
            case '\u0627' -> 0xFEFB;
            default -> 0;
        };
    }

    /** Harakat and other marks sit on a letter and do not break its joining. */
    private static boolean isTransparent(char c) {
        return c >= 0x64B && c <= 0x65F || c == 0x670 || c >= 0x6D6 && c <= 0x6ED && c != 0x6DD && c != 0x6DE;
    }

    private static int previousLetter(String text, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!isTransparent(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return -1;
    }

    private static int nextLetter(String text, int i) {
        for (int k = i + 1; k < text.length(); k++) {
            if (!isTransparent(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a letter joins to the one after it (dual-joining letters and tatweel do). */
    private static boolean joinsForward(int c) {
        return c == TATWEEL || c >= 0 && forms((char) c) == 4;
    }

    /** Whether a letter joins to the one before it (every joining letter does). */
    private static boolean joinsBackward(char c) {
        return c == TATWEEL || forms(c) >= 2;
    }
}
