package dev.chipex.core.regime;

import dev.chipex.core.problem.Problem;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A YAML node that knows its file, line and path, and reports what is wrong with it into a
 * shared problem list instead of throwing, so that a file's every problem is found in one pass.
 */
final class YamlNode {
    private final String source;
    private final String path;
    private final Node node;
    private final List<Problem> problems;
    private final int parentLine;

    YamlNode(String source, String path, Node node, List<Problem> problems) {
        this(source, path, node, problems, 0);
    }

    private YamlNode(String source, String path, Node node, List<Problem> problems, int parentLine) {
        this.source = source;
        this.path = path;
        this.node = node;
        this.problems = problems;
        this.parentLine = parentLine;
    }

    String path() {
        return path;
    }

    int line() {
        return node == null ? parentLine : node.getStartMark().getLine() + 1;
    }

    String source() {
        return source;
    }

    List<Problem> problems() {
        return problems;
    }

    boolean isMissing() {
        return node == null || (node instanceof ScalarNode s && "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", "")));
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode && !isMissing();
    }

    void problem(String message) {
        problems.add(new Problem(source, line(), path, message));
    }

    /** The child at {@code key}; a missing child is a node whose {@link #isMissing()} is true. */
    YamlNode get(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return new YamlNode(source, child(key), tuple.getValueNode(), problems);
                }
            }
        }
        return new YamlNode(source, child(key), null, problems, line());
    }

    boolean has(String key) {
        return !get(key).isMissing();
    }

    /** Entries of a mapping in file order; reports a problem if this is not a mapping. */
    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        if (isMissing()) {
            return entries;
        }
        if (!(node instanceof MappingNode mapping)) {
            problem("expected a mapping of names to values");
            return entries;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            entries.put(key, new YamlNode(source, child(key), tuple.getValueNode(), problems));
        }
        return entries;
    }

    /** Items of a sequence; a single scalar counts as a one-item list. */
    List<YamlNode> items() {
        List<YamlNode> items = new ArrayList<>();
        if (isMissing()) {
            return items;
        }
        if (node instanceof SequenceNode sequence) {
            List<Node> values = sequence.getValue();
            for (int i = 0; i < values.size(); i++) {
                items.add(new YamlNode(source, path + "[" + i + "]", values.get(i), problems));
            }
        } else if (node instanceof ScalarNode) {
            items.add(this);
        } else {
            problem("expected a list");
        }
        return items;
    }

    List<String> strings() {
        List<String> values = new ArrayList<>();
        for (YamlNode item : items()) {
            item.text().ifPresent(values::add);
        }
        return values;
    }

    Optional<String> text() {
        if (isMissing()) {
            return Optional.empty();
        }
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problem("expected a single value");
        return Optional.empty();
    }

    String requiredText() {
        if (isMissing()) {
            problem("is required");
            return "";
        }
        String value = text().orElse("");
        if (value.isBlank()) {
            problem("must not be empty");
        }
        return value;
    }

    String text(String fallback) {
        return text().orElse(fallback);
    }

    OptionalDouble number() {
        Optional<String> value = text();
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.get().replace("_", "")));
        } catch (NumberFormatException e) {
            problem("'" + value.get() + "' is not a number");
            return OptionalDouble.empty();
        }
    }

    Optional<LocalDate> date() {
        Optional<String> value = text();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.get()));
        } catch (DateTimeParseException e) {
            problem("'" + value.get() + "' is not a date; write YYYY-MM-DD");
            return Optional.empty();
        }
    }

    boolean flag(boolean fallback) {
        Optional<String> value = text();
        if (value.isEmpty()) {
            return fallback;
        }
        if (value.get().equals("true") || value.get().equals("false")) {
            return Boolean.parseBoolean(value.get());
        }
        problem("'" + value.get() + "' is not true or false");
        return fallback;
    }

    /** Reports every key not in {@code allowed}: catches typos such as "citaton". */
    void allowOnly(String... allowed) {
        List<String> known = List.of(allowed);
        for (Map.Entry<String, YamlNode> entry : entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                entry.getValue().problem("unknown key '" + entry.getKey() + "'; expected one of " + known);
            }
        }
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
