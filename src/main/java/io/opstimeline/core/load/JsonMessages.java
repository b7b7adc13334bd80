package io.opstimeline.core.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words Jackson's syntax errors for the person who wrote the file: what is wrong and how to fix
 * it, without parser feature names, Java types or character codes in brackets.
 */
final class JsonMessages {
    private static final Pattern CONTEXT = Pattern.compile(
            "\\s*\\(for (Object|Array) starting at \\[Source: .*?; line: (\\d+), column: (\\d+)\\]\\)", Pattern.DOTALL);
    private static final Pattern CTRL = Pattern.compile(".*\\(CTRL-CHAR, code (\\d+)\\).*", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CHARACTER =
            Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)(.*)", Pattern.DOTALL);

    private JsonMessages() {}

    static String friendly(String jackson) {
        if (jackson == null) {
            return "invalid JSON";
        }
        String m = jackson;
        String opened = "";
        Matcher context = CONTEXT.matcher(m);
        if (context.find()) {
            opened = " (the " + context.group(1).toLowerCase(java.util.Locale.ROOT) + " opened at line "
                    + context.group(2) + ", column " + context.group(3) + ")";
            m = context.replaceAll("");
        }
        if (m.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
            return "NaN and Infinity are not numbers in JSON; write null for a missing value";
        }
        if (m.contains("ALLOW_COMMENTS") || m.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        if (m.startsWith("Unexpected end-of-input")) {
            return "the file ends in the middle of the document (cut short?)" + opened;
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8")) {
            return "the file is not valid UTF-8 text (" + firstSentence(m) + "); save it as UTF-8";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number must not start with 0 (write 123, not 0123)";
        }
        Matcher ctrl = CTRL.matcher(m);
        if (ctrl.matches()) {
            int code = Integer.parseInt(ctrl.group(1));
            if (code == 0) {
                return "a NUL byte: this is binary data (or UTF-16 text), not a JSON file";
            }
            if (code == 10 || code == 13) {
                return "a line break inside text; is a closing \" missing? (write \\n for a line break in text)";
            }
            return String.format(
                    "a control character (U+%04X) inside text; remove it or write it as \\u%04x", code, code);
        }
        Matcher dup = DUPLICATE.matcher(m);
        if (dup.matches()) {
            return "the field \"" + dup.group(1) + "\" appears twice in the same object; keep one";
        }
        Matcher token = TOKEN.matcher(m);
        if (token.matches()) {
            return "unexpected word '" + abbreviate(token.group(1)) + "'; expected a value: text in double quotes, "
                    + "a number, an object, an array, true, false or null";
        }
        Matcher ch = CHARACTER.matcher(m);
        if (ch.matches()) {
            String c = ch.group(1);
            String rest = ch.group(2);
            if (c.equals("'")) {
                return "text and field names need double quotes (\"), not single quotes";
            }
            if (rest.contains("double-quote to start field name")) {
                return c.equals("}")
                        ? "a comma before '}' (trailing comma); remove it" + opened
                        : "expected a field name in double quotes, found '" + c + "'" + opened;
            }
            if (c.equals("]")) {
                return "a comma before ']' (trailing comma) or a missing value; remove it" + opened;
            }
            return "unexpected '" + c + "' " + firstSentence(rest.replaceFirst("^: ", "")) + opened;
        }
        if (m.startsWith("Unexpected close marker")) {
            return firstSentence(m).replace("Unexpected close marker", "unexpected closing") + opened;
        }
        return firstSentence(m) + opened;
    }

    private static String firstSentence(String m) {
        return m.replaceAll("\\s*\\n.*", "").replaceAll(" \\(code \\d+\\)", "").strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
