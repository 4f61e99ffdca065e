package dev.chipex.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import dev.chipex.core.problem.Problem;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One line of a JSON-lines batch: an object whose members are the shipment's fields. */
final class JsonLine {
    private JsonLine() {
    }

    /**
     * The fields of the object on {@code text}, or empty when it is not an object; problems with
     * its shape (not an object, an unknown field, a field holding an array or object) go to {@code problems}.
     */
    static Optional<Map<String, String>> fields(String text, String source, int line, int number,
                                                Consumer<Problem> problems) {
        Map<String, String> values = new HashMap<>();
        try {
            JsonNode node = Json.mapper().readTree(text);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (!Columns.known(name)) {
                    problems.accept(new Problem(source, line, "row " + number, Columns.unknown(name)));
                } else if (value.isContainerNode()) {
                    problems.accept(new Problem(source, line, "row " + number + ", " + name,
                            "must be a string, number or boolean"));
                } else if (!value.isNull()) {
                    values.put(name, value.asText());
                }
            }
            return Optional.of(values);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            problems.accept(new Problem(source, line, "row " + number, "not a JSON object (" + shortMessage(e)
                    + "); write one object per line, e.g. {\"id\":\"s1\",\"date\":\"2025-06-01\",\"item\":\"H100\",...}"));
            return Optional.empty();
        }
    }

    private static String shortMessage(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
