package io.opstimeline.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a tree against the published schema (docs/schema, bundled on the class path) and words
 * each failure for a person, at the line and column of the value it concerns.
 */
final class SchemaCheck {
    static final String SCHEMA_RESOURCE = "/schema/ops-timeline-1.schema.json";
    private static final JsonSchema SCHEMA = loadSchema();

    private SchemaCheck() {}

    private static JsonSchema loadSchema() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the class path: " + SCHEMA_RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<LoadProblem> check(String file, LocatedJson json) {
        Set<ValidationMessage> messages = SCHEMA.validate(json.root());
        List<LoadProblem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String pointer = pointer(m.getInstanceLocation());
            String property = m.getProperty();
            if ("additionalProperties".equals(m.getType()) && property != null) {
                pointer = pointer + "/" + LocatedJson.escape(property);
            }
            int[] at = json.position(pointer);
            problems.add(new LoadProblem(file, at[0], at[1], readablePath(m.getInstanceLocation()) + ": " + words(m)));
        }
        problems.sort(Comparator.comparingInt(LoadProblem::line)
                .thenComparingInt(LoadProblem::column)
                .thenComparing(LoadProblem::message));
        return problems;
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/')
                    .append(
                            element instanceof Integer
                                    ? element.toString()
                                    : LocatedJson.escape(String.valueOf(element)));
        }
        return sb.toString();
    }

    /** "events[3].start" rather than a JSON pointer: what a person looks for in the file. */
    static String readablePath(JsonNodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer) {
                sb.append('[').append(element).append(']');
            } else {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(element);
            }
        }
        return sb.length() == 0 ? "top level" : sb.toString();
    }

    private static String words(ValidationMessage m) {
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        JsonNode value = m.getInstanceNode();
        String path = m.getInstanceLocation().toString();
        switch (m.getType()) {
            case "required":
                return "missing required field \"" + m.getProperty() + "\"";
            case "additionalProperties":
                return "unknown field \"" + m.getProperty() + "\"";
            case "type":
                return "expected " + describeType(args.length > 1 ? args[1] : "another type") + ", found "
                        + describeType(args.length > 0 ? args[0] : "another type");
            case "pattern":
                if (m.getSchemaLocation().toString().contains("date")) {
                    return "expected a date like 2011-03-19, 2011-03, 2011 or 2011-03-19T14:30Z, found " + value;
                }
                if (m.getSchemaLocation().toString().contains("color")) {
                    return "expected a colour like #1f77b4, found " + value;
                }
                return "not a valid id: " + value + " (letters, digits and _ . : -, at most 128 characters)";
            case "enum":
                return "expected one of " + Arrays.toString(args).replaceAll("[\\[\\]]", "") + ", found " + value;
            case "const":
                return "expected " + (args.length > 0 ? args[0] : "a fixed value") + ", found " + value;
            case "minimum":
            case "maximum":
                if (path.endsWith("latitude")) {
                    return PlacesReader.latitudeProblem(String.valueOf(value));
                }
                if (path.endsWith("longitude")) {
                    return PlacesReader.longitudeProblem(String.valueOf(value));
                }
                return path.endsWith("credibility")
                        ? "credibility must be 1 to 6, found " + value
                        : "value " + value + " is out of range";
            case "minLength":
                return "must not be empty";
            case "maxLength":
                return "text too long (over " + (args.length > 0 ? args[0] : "the limit") + " characters)";
            default:
                String text = m.getMessage();
                return text.startsWith(path + ": ") ? text.substring(path.length() + 2) : text;
        }
    }

    private static String describeType(Object jsonType) {
        String t = String.valueOf(jsonType).replaceAll("[\\[\\]]", "");
        switch (t) {
            case "object":
                return "an object";
            case "array":
                return "an array";
            case "string":
                return "text";
            case "integer":
                return "a whole number";
            case "number":
                return "a number";
            case "boolean":
                return "true or false";
            case "null":
                return "null";
            default:
                return t;
        }
    }
}
