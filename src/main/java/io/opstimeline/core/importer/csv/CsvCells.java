package io.opstimeline.core.importer.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers, yes/no flags and ids out of spreadsheet cells, refusing what it cannot read for sure. */
final class CsvCells {
    /** "~500", "c. 500", "approx. 500": a value the source gave as approximate. */
    private static final Pattern APPROX_PREFIX = Pattern.compile("(?i)(?:~|c\\.|ca\\.|circa|approx\\.?|about)\\s*(.+)");

    private static final Set<String> MISSING = Set.of("na", "n/a");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "~", "approx", "approximate");
    private static final Set<String> NO = Set.of("false", "no", "n", "0");
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_.:-]+");

    private CsvCells() {}

    /** A value: null for a gap (blank or NA), with approximate set when the cell said "~" or "c.". */
    record Value(Double number, boolean approximate) {}

    /**
     * The number in a cell, its decimal mark settled for the whole file by {@link DecimalMark}
     * (null when no number in the file has one).
     */
    static Value number(String text, Character decimalMark) {
        String s = text.strip();
        if (s.isEmpty() || MISSING.contains(s.toLowerCase(Locale.ROOT))) {
            return new Value(null, false);
        }
        String bare = withoutApproximation(s);
        String plain = s.length() > 64 ? null : DecimalMark.plain(bare, decimalMark == null ? '.' : decimalMark);
        if (plain == null) {
            throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is not a number; leave the cell blank "
                    + "for a missing value (a gap), or write the number like 1719 or 26,500");
        }
        double v = new BigDecimal(plain).doubleValue();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is too large to be a number we can use");
        }
        return new Value(v, !bare.equals(s));
    }

    /** The cell's text without a "~", "c." or "approx." in front. */
    static String withoutApproximation(String text) {
        Matcher a = APPROX_PREFIX.matcher(text.strip());
        return a.matches() ? a.group(1).strip() : text.strip();
    }

    static boolean flag(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || NO.contains(s)) {
            return false;
        }
        if (YES.contains(s)) {
            return true;
        }
        throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is not yes or no; write true/false, "
                + "yes/no, 1/0, or leave it blank for no");
    }

    /** A valid dataset id made from free text ("Strike sorties" -> "Strike-sorties"), or the fallback. */
    static String idFrom(String text, String fallback) {
        String s = NOT_ID.matcher(text.strip()).replaceAll("-");
        s = s.replaceAll("^[^A-Za-z0-9]+", "").replaceAll("-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100);
        }
        return s.isEmpty() ? fallback : s;
    }

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
