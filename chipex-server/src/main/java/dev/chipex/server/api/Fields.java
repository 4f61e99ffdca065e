package dev.chipex.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.core.problem.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the fields of one JSON object, collecting a located problem for every bad field (so a
 * caller sees every mistake at once) instead of failing at the first.
 */
final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<Problem> problems;
    private final int maxText;

    Fields(JsonNode node, String prefix, List<Problem> problems, int maxText) {
        this.prefix = prefix;
        this.problems = problems;
        this.maxText = maxText;
        if (node == null || !node.isObject()) {
            problem("", "expected a JSON object");
            this.node = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        } else {
            this.node = node;
        }
    }

    String path(String name) {
        return prefix.isEmpty() ? name : name.isEmpty() ? prefix : prefix + "." + name;
    }

    int problemCount() {
        return problems.size();
    }

    void problem(String name, String message) {
        problems.add(Problem.of(path(name), message));
    }

    void add(Problem problem) {
        problems.add(problem);
    }

    /**
     * A string, number or boolean as text, for a reader that checks the text; empty when absent
     * or null. Text over the length limit is a problem, and is handed over too, so that the
     * field is not also reported missing.
     */
    Optional<String> scalar(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isContainerNode()) {
            problem(name, "expected a string, number or boolean, got "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        String text = value.asText();
        if (text.strip().length() > maxText) {
            problem(name, "at most " + maxText + " characters, got " + text.strip().length());
        }
        return Optional.of(text);
    }

    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problem(name, "expected a string, got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
            return Optional.empty();
        }
        String text = value.asText().strip();
        if (text.length() > maxText) {
            problem(name, "at most " + maxText + " characters, got " + text.length());
            return Optional.empty();
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<String> required(String name, String hint) {
        boolean present = node.hasNonNull(name);
        Optional<String> text = text(name);
        if (text.isEmpty() && (!present || node.get(name).asText().isBlank())) {
            problem(name, "required: " + hint);
        }
        return text;
    }

    long whole(String name, long fallback, long min, long max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong() || value.asLong() < min || value.asLong() > max) {
            problem(name, "expected a whole number from " + min + " to " + max + ", got " + value);
            return fallback;
        }
        return value.asLong();
    }

    /** A required whole number; empty (with a problem recorded) when missing or out of range. */
    java.util.OptionalLong requiredWhole(String name, long min, long max, String hint) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            problem(name, "required: " + hint);
            return java.util.OptionalLong.empty();
        }
        int before = problemCount();
        long n = whole(name, min, min, max);
        return problemCount() > before ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(n);
    }

    /** One of {@code values} (case-insensitive), upper-cased; empty with a problem otherwise. */
    Optional<String> choice(String name, java.util.List<String> values, String hint) {
        Optional<String> text = required(name, hint + ": one of " + String.join(", ", values));
        if (text.isPresent() && !values.contains(text.get().toUpperCase(java.util.Locale.ROOT))) {
            problem(name, "'" + text.get() + "' is not one of " + String.join(", ", values));
            return Optional.empty();
        }
        return text.map(t -> t.toUpperCase(java.util.Locale.ROOT));
    }

    OptionalDouble number(String name, double min) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble()) || value.asDouble() < min) {
            problem(name, "expected a number of at least " + min + ", got " + value);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(value.asDouble());
    }

    boolean bool(String name, boolean fallback) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            problem(name, "expected true or false, got " + value);
            return fallback;
        }
        return value.asBoolean();
    }

    List<String> texts(String name, int maxItems) {
        JsonNode value = node.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (!value.isArray() || value.size() > maxItems) {
            problem(name, "expected an array of at most " + maxItems + " strings");
            return texts;
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual() || item.asText().length() > maxText) {
                problem(name + "[" + i + "]", "expected a string of at most " + maxText + " characters");
            } else {
                texts.add(item.asText());
            }
        }
        return texts;
    }

    Optional<LocalDate> date(String name) {
        return text(name).flatMap(text -> {
            try {
                return Optional.of(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                problem(name, "'" + text + "' is not a date: write YYYY-MM-DD, e.g. 2025-06-01");
                return Optional.empty();
            }
        });
    }

    /** Flags every field not in {@code known}, so a misspelt field is not silently ignored. */
    void onlyKnown(Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problem(name, "unknown field; known fields: " + String.join(", ", new java.util.TreeSet<>(known)));
            }
        }
    }
}
