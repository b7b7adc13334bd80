package io.opstimeline.core.importer.csv;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading numbers, yes/no flags and ids out of spreadsheet cells, refusing what it cannot read for sure. */
final class CsvCells {
    /** Plain numbers, or with comma thousands groups as spreadsheets format them: 26,500 or 1,719.5. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+|\\d{1,3}(?:,\\d{3})+)(?:\\.\\d+)?(?:[eE][+-]?\\d{1,3})?");
    /** "~500", "c. 500", "approx. 500": a value the source gave as approximate. */
    private static final Pattern APPROX_PREFIX = Pattern.compile("(?i)(?:~|c\\.|ca\\.|circa|approx\\.?|about)\\s*(.+)");
    private static final Set<String> MISSING = Set.of("na", "n/a");
    private static final Set<String> YES = Set.of("true", "yes", "y", "1", "x", "~", "approx", "approximate");
    private static final Set<String> NO = Set.of("false", "no", "n", "0");
    private static final Pattern NOT_ID = Pattern.compile("[^A-Za-z0-9_.:-]+");

    private CsvCells() {
    }

    /** A value: null for a gap (blank or NA), with approximate set when the cell said "~" or "c.". */
    record Value(Double number, boolean approximate) {
    }

    static Value number(String text) {
        return number(text, ',');
    }

    /**
     * In a semicolon-separated file (the European spreadsheet export) the comma is the decimal mark:
     * "1,5" is 1.5. Where that and the English reading disagree ("1,500", "1.500") the cell is refused
     * rather than guessed.
     */
    static Value number(String text, char separator) {
        String s = text.strip();
        if (separator == ';' && (s.matches(".*\\d,\\d{3}(\\D.*)?$") || s.matches(".*\\d\\.\\d{3}(\\D.*)?$"))
                && !s.matches("[^,.]*\\.\\d{1,2}|[^,.]*\\.\\d{4,}")) {
            throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is ambiguous in a semicolon-separated file "
                    + "(a thousands separator or a decimal mark?); write it without thousands separators");
        }
        if (separator == ';' && s.matches("[^,.]*\\d,\\d+")) {
            s = s.replace(',', '.');
        }
        if (s.isEmpty() || MISSING.contains(s.toLowerCase(Locale.ROOT))) {
            return new Value(null, false);
        }
        boolean approx = false;
        Matcher a = APPROX_PREFIX.matcher(s);
        if (a.matches()) {
            approx = true;
            s = a.group(1).strip();
        }
        if (s.length() > 64 || !NUMBER.matcher(s).matches()) {
            throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is not a number; leave the cell blank "
                    + "for a missing value (a gap), or write the number like 1719 or 26,500");
        }
        double v = new BigDecimal(s.replace(",", "")).doubleValue();
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("\"" + abbreviate(text) + "\" is too large to be a number we can use");
        }
        return new Value(v, approx);
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
