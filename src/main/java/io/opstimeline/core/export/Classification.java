package io.opstimeline.core.export;

import io.opstimeline.core.model.Rgb;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The security marking printed at the top and bottom of every page, parsed rather than searched:
 * the level is the marking's first token (everything before the first {@code //}) and must be one
 * the grammar knows, so "SECRET//NOFORN - UNCLASSIFIED WHEN SEPARATED" is SECRET, not green.
 *
 * <pre>
 * marking  := [ exercise ] level ( "//" control )*
 * exercise := "EXERCISE" ( " EXERCISE" )* [ " -" ] " "
 * level    := US | NATO
 * US       := "UNCLASSIFIED" | "CUI" | "CONFIDENTIAL" | "SECRET" | "TOP SECRET"
 * NATO     := "NATO UNCLASSIFIED" | "NATO RESTRICTED" | "NATO CONFIDENTIAL" | "NATO SECRET" | "COSMIC TOP SECRET"
 * control  := caveats and dissemination controls, e.g. "NOFORN", "REL TO USA, GBR", "SI/TK",
 *             "NOFORN - UNCLASSIFIED WHEN SEPARATED FROM ATTACHMENTS": A-Z 0-9 space , / - ( ) .
 * </pre>
 *
 * An exercise prefix ("EXERCISE - UNCLASSIFIED", "EXERCISE EXERCISE EXERCISE NATO SECRET") marks
 * material of an exercise; it is kept in the printed text and the level after it sets the colour.
 * Case and spacing around {@code //} are normalised and the marking is printed upper case. A level
 * the grammar does not know is refused, unless the user gives its banner colour (a national or
 * exercise marking we cannot vouch for). Colours follow the US banner convention: UNCLASSIFIED
 * green, CUI purple, CONFIDENTIAL blue, SECRET red, TOP SECRET orange; NATO levels take the colour
 * of the US level of the same rank, and NATO RESTRICTED (no US equivalent) a dark gold.
 */
public record Classification(String text, Rgb background, Rgb foreground, Level level) {
    public static final Rgb GREEN = Rgb.parse("#007a33");
    public static final Rgb PURPLE = Rgb.parse("#502b85");
    public static final Rgb BLUE = Rgb.parse("#0033a0");
    public static final Rgb RED = Rgb.parse("#c8102e");
    public static final Rgb ORANGE = Rgb.parse("#ff8c00");
    public static final Rgb GOLD = Rgb.parse("#7a5c00");
    public static final Rgb GREY = Rgb.parse("#6e7781");
    private static final Rgb WHITE = Rgb.parse("#ffffff");
    private static final Rgb BLACK = Rgb.parse("#000000");
    /** The words a caveat or dissemination control may be written with. */
    private static final Pattern CONTROL = Pattern.compile("[A-Z0-9][A-Z0-9 ,/()\\-.]*");
    /** "EXERCISE", said once or more, then an optional dash, before the level. */
    private static final Pattern EXERCISE_PREFIX = Pattern.compile("^EXERCISE(?: EXERCISE)*(?: -)? (?=\\S)");

    public static final String NO_MARKING = "NO CLASSIFICATION MARKING";

    /** A level of the grammar, with its rank (0 lowest) for comparing portions with the banner. */
    public enum Level {
        UNCLASSIFIED("UNCLASSIFIED", "U", 0, GREEN),
        CUI("CUI", "CUI", 1, PURPLE),
        CONFIDENTIAL("CONFIDENTIAL", "C", 2, BLUE),
        SECRET("SECRET", "S", 3, RED),
        TOP_SECRET("TOP SECRET", "TS", 4, ORANGE),
        NATO_UNCLASSIFIED("NATO UNCLASSIFIED", "NU", 0, GREEN),
        NATO_RESTRICTED("NATO RESTRICTED", "NR", 1, GOLD),
        NATO_CONFIDENTIAL("NATO CONFIDENTIAL", "NC", 2, BLUE),
        NATO_SECRET("NATO SECRET", "NS", 3, RED),
        COSMIC_TOP_SECRET("COSMIC TOP SECRET", "CTS", 4, ORANGE),
        /** No marking at all (a dataset without one): printed as such, on grey. */
        NONE(NO_MARKING, "", -1, GREY),
        /** A marking outside the grammar that the user vouched for by giving its colour. */
        USER_DEFINED("", "", Integer.MAX_VALUE, GREY);

        private final String words;
        private final String portion;
        private final int rank;
        private final Rgb colour;

        Level(String words, String portion, int rank, Rgb colour) {
            this.words = words;
            this.portion = portion;
            this.rank = rank;
            this.colour = colour;
        }

        public String words() {
            return words;
        }

        /** The portion-marking abbreviation, as in "(S)" or "(NS)". */
        public String portion() {
            return portion;
        }

        public int rank() {
            return rank;
        }

        public Rgb colour() {
            return colour;
        }

        static List<Level> known() {
            List<Level> out = new ArrayList<>(List.of(values()));
            out.remove(NONE);
            out.remove(USER_DEFINED);
            return out;
        }
    }

    /** Parses a marking under the grammar; an unknown level is refused with the levels there are. */
    public static Classification of(String marking) {
        return of(marking, null);
    }

    /**
     * As {@link #of(String)}, but a marking the grammar does not know is accepted when the user
     * gives its banner {@code colour} ("#rrggbb"); a known level keeps its own colour.
     */
    public static Classification of(String marking, String colour) {
        if (marking == null || marking.isBlank()) {
            return new Classification(NO_MARKING, GREY, WHITE, Level.NONE);
        }
        if (colour != null && !colour.isBlank()) {
            parseColour(colour); // a mistyped colour is refused even where a known level keeps its own
        }
        String normal = normalise(marking);
        int cut = normal.indexOf("//");
        String head = withoutExercisePrefix(cut < 0 ? normal : normal.substring(0, cut));
        Level level = null;
        for (Level l : Level.known()) {
            if (l.words.equals(head)) {
                level = l;
            }
        }
        String problem = level == null ? "its level \"" + head + "\" is not one the marking grammar knows" : null;
        if (problem == null && cut >= 0) {
            for (String control : normal.substring(cut + 2).split("//", -1)) {
                if (!CONTROL.matcher(control).matches()) {
                    problem = control.isEmpty()
                            ? "it has an empty caveat between //"
                            : "the caveat \"" + control + "\" has characters a marking does not use";
                    break;
                }
            }
        }
        if (problem == null) {
            return new Classification(
                    normal,
                    level.colour,
                    level == Level.TOP_SECRET || level == Level.COSMIC_TOP_SECRET ? BLACK : WHITE,
                    level);
        }
        if (colour != null && !colour.isBlank()) {
            Rgb bg = parseColour(colour);
            return new Classification(normal, bg, contrasting(bg), Level.USER_DEFINED);
        }
        throw new IllegalArgumentException("Marking \"" + marking.strip() + "\" refused: " + problem + ". Use one of "
                + String.join(", ", Level.known().stream().map(Level::words).toList())
                + ", optionally followed by //caveats (e.g. SECRET//REL TO USA, GBR), or give the banner colour for a"
                + " marking of your own.");
    }

    /** The level words after an exercise prefix; the head itself when it has none. */
    private static String withoutExercisePrefix(String head) {
        return EXERCISE_PREFIX.matcher(head).replaceFirst("");
    }

    private static Rgb parseColour(String colour) {
        String c = colour.strip();
        if (!c.matches("#?[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(
                    "Banner colour \"" + colour + "\" is not a colour: use #rrggbb, e.g. #6e7781.");
        }
        return Rgb.parse(c.startsWith("#") ? c : "#" + c);
    }

    /** Black or white, whichever reads better on the background. */
    private static Rgb contrasting(Rgb bg) {
        double luminance = 0.299 * bg.red() + 0.587 * bg.green() + 0.114 * bg.blue();
        return luminance > 150 ? BLACK : WHITE;
    }

    /** Upper case, single spaces, no spaces around "//". */
    static String normalise(String marking) {
        return marking.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll(" ?// ?", "//");
    }

    /** A portion marking at the start of a text, like "(U)" or "(S//NF)"; its level, or null if none. */
    public static Level portionOf(String text) {
        if (text == null) {
            return null;
        }
        String t = text.stripLeading();
        if (!t.startsWith("(")) {
            return null;
        }
        int close = t.indexOf(')');
        if (close < 0) {
            return null;
        }
        String inside = normalise(t.substring(1, close));
        int cut = inside.indexOf("//");
        String head = cut < 0 ? inside : inside.substring(0, cut);
        for (Level l : Level.known()) {
            if (l.portion.equals(head)) {
                return l;
            }
        }
        return null;
    }

    /**
     * Refuses the banner if a portion is marked higher than it (a page may not be marked below its
     * content). {@code portions} are the texts carrying portion markings, e.g. annotation notes.
     */
    public void checkPortions(List<String> portions) {
        if (level == Level.USER_DEFINED) {
            return; // a marking outside the grammar cannot be ranked; the user vouched for it
        }
        for (String p : portions) {
            Level portion = portionOf(p);
            if (portion != null && portion.rank > Math.max(level.rank, Level.UNCLASSIFIED.rank)) {
                throw new IllegalArgumentException("Marking \"" + text + "\" refused: the annotation \""
                        + AnnotationOverlayPainter.firstLine(p).strip() + "\" is marked (" + portion.portion
                        + "), higher than the banner. Mark the page at least " + portion.words + ".");
            }
        }
    }
}
