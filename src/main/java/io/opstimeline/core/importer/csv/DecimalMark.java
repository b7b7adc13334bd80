package io.opstimeline.core.importer.csv;

import io.opstimeline.core.importer.csv.CsvImportSpec.Setting;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Which of '.' and ',' is a file's decimal mark, settled once for the whole file from its own
 * numbers, never from its separator or encoding. "1,5", "0.75" and "1,234.5" each say which; "1,500"
 * and "1.500" could be either (a thousands separator or a decimal mark). A file whose numbers say
 * both ways is refused at the first that disagrees; one where only such two-way numbers occur is
 * refused at the first of them, unless the user has said which mark is meant.
 */
final class DecimalMark {
    /** Digits with one kind of separator between groups of three, or none: the whole part of a number. */
    private static final Pattern GROUPED_BY_COMMA = Pattern.compile("\\d+|\\d{1,3}(?:,\\d{3})+");

    private static final Pattern GROUPED_BY_DOT = Pattern.compile("\\d+|\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern NUMERAL = Pattern.compile("[+-]?([\\d.,]*\\d)([eE][+-]?\\d{1,3})?");

    /** What one number says about the mark. */
    enum Evidence {
        POINT,
        COMMA,
        EITHER,
        NONE
    }

    private DecimalMark() {}

    /** What a cell's number (with any "~" or "c." already taken off) says about the decimal mark. */
    static Evidence of(String number) {
        java.util.regex.Matcher m = NUMERAL.matcher(number);
        if (!m.matches()) {
            return Evidence.NONE;
        }
        String digits = m.group(1);
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma ? Evidence.POINT : Evidence.COMMA;
        }
        char mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : 0;
        if (mark == 0) {
            return Evidence.NONE;
        }
        Evidence decimal = mark == '.' ? Evidence.POINT : Evidence.COMMA;
        Evidence grouping = mark == '.' ? Evidence.COMMA : Evidence.POINT;
        if (digits.indexOf(mark) != digits.lastIndexOf(mark)) {
            return grouping; // two of a mark: it groups thousands ("1.234.567")
        }
        String whole = digits.substring(0, digits.indexOf(mark));
        int after = digits.length() - digits.indexOf(mark) - 1;
        if (after != 3 || whole.isEmpty() || whole.startsWith("0") || whole.length() > 3) {
            return decimal; // "1,5", "0.500", ".500", "1234.500": no thousands group looks like that
        }
        return Evidence.EITHER;
    }

    /**
     * The file's mark: the one given, else the one its numbers show. Throws a {@link CellException}
     * at the first number that contradicts another, or at the first two-way number when nothing
     * settles it. Null when no number in the file has a mark at all.
     */
    static Character settle(List<CsvTable.Cell> numbers, Character given, Function<Setting, String> names) {
        if (given != null) {
            return given;
        }
        FileEvidence says = FileEvidence.of(numbers, c -> {
            Evidence e = of(CsvCells.withoutApproximation(c.text()));
            return e == Evidence.POINT
                    ? FileEvidence.Says.FIRST_WAY
                    : e == Evidence.COMMA
                            ? FileEvidence.Says.SECOND_WAY
                            : e == Evidence.EITHER ? FileEvidence.Says.EITHER : FileEvidence.Says.NOTHING;
        });
        CsvTable.Cell point = says.firstWay();
        CsvTable.Cell comma = says.secondWay();
        if (says.mixed()) {
            CsvTable.Cell first = point.line() < comma.line() ? point : comma;
            CsvTable.Cell second = first == point ? comma : point;
            throw new CellException(
                    second,
                    "\"" + CsvCells.abbreviate(second.text()) + "\" has a decimal "
                            + markName(second == point ? '.' : ',') + " but \"" + CsvCells.abbreviate(first.text())
                            + "\" (line " + first.line() + ") has a decimal " + markName(first == point ? '.' : ',')
                            + "; write the file's numbers one way, or give " + names.apply(Setting.DECIMAL_MARK));
        }
        if (point != null || comma != null) {
            return point != null ? '.' : ',';
        }
        if (says.unsettled()) {
            CsvTable.Cell either = says.either();
            String text = CsvCells.abbreviate(either.text().strip());
            char mark = CsvCells.withoutApproximation(either.text()).contains(",") ? ',' : '.';
            throw new CellException(
                    either,
                    "\"" + text + "\" could be " + reading(either.text(), mark, false)
                            + " (with a thousands separator) or " + reading(either.text(), mark, true)
                            + " (with a decimal "
                            + markName(mark) + ")"
                            + (says.eitherCount() > 1 ? ", as could " + (says.eitherCount() - 1) + " more like it" : "")
                            + ", and no number in the file settles which; give "
                            + names.apply(Setting.DECIMAL_MARK)
                            + " (. or ,), or write the numbers without thousands separators");
        }
        return null;
    }

    /** The plain digits of a number whose decimal mark is {@code mark}, ready for BigDecimal; null if malformed. */
    static String plain(String number, char mark) {
        java.util.regex.Matcher m = NUMERAL.matcher(number);
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1);
        int decimal = digits.indexOf(mark);
        String whole = decimal < 0 ? digits : digits.substring(0, decimal);
        String fraction = decimal < 0 ? "" : digits.substring(decimal + 1);
        if (!fraction.matches("\\d*")
                || !(mark == '.' ? GROUPED_BY_COMMA : GROUPED_BY_DOT)
                                .matcher(whole)
                                .matches()
                        && !(whole.isEmpty() && !fraction.isEmpty())) {
            return null;
        }
        String sign = number.startsWith("-") ? "-" : "";
        String exponent = m.group(2) == null ? "" : m.group(2);
        return sign
                + whole.replace(mark == '.' ? "," : ".", "")
                + (fraction.isEmpty() ? "" : "." + fraction)
                + exponent;
    }

    private static String reading(String text, char mark, boolean asDecimal) {
        String plain = plain(CsvCells.withoutApproximation(text), asDecimal ? mark : mark == '.' ? ',' : '.');
        return plain == null
                ? text
                : new java.math.BigDecimal(plain).stripTrailingZeros().toPlainString();
    }

    private static String markName(char mark) {
        return mark == '.' ? "point" : "comma";
    }
}
