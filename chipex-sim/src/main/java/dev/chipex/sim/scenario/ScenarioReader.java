package dev.chipex.sim.scenario;

import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads typed values from the merged assumptions tree, collecting located problems. */
final class ScenarioReader {
    private final String source;
    private final Map<String, Object> root;
    private final List<Problem> problems = new ArrayList<>();

    ScenarioReader(String source, Map<String, Object> root) {
        this.source = source;
        this.root = root;
    }

    void finish() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    Object at(String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            node = node instanceof Map ? ((Map<?, ?>) node).get(key) : null;
        }
        return node;
    }

    double number(String path, Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        problem(path, "expected a number, found '" + value + "'");
        return 0;
    }

    double share(String path) {
        double v = number(path, at(path));
        if (v < 0 || v > 1) {
            problem(path, "a share lies between 0 and 1, found " + v);
        }
        return v;
    }

    Map<String, Double> shares(String path) {
        Map<String, Double> out = new TreeMap<>();
        map(path).forEach((k, v) -> out.put(k, share(path + "." + k)));
        return out;
    }

    Uncertain uncertain(String path) {
        return uncertain(path, at(path));
    }

    /** Reads {@code node} found at {@code path}; keys of maps by id may themselves hold dots. */
    Uncertain uncertain(String path, Object node) {
        if (node instanceof Number n) {
            return Uncertain.exactly(n.doubleValue());
        }
        if (!(node instanceof Map)) {
            problem(path, "expected {value, low, high} or a number");
            return Uncertain.exactly(0);
        }
        Map<?, ?> fields = (Map<?, ?>) node;
        double value = number(path + ".value", fields.get("value"));
        Object low = fields.get("low");
        Object high = fields.get("high");
        double lo = low == null ? value : number(path + ".low", low);
        double hi = high == null ? value : number(path + ".high", high);
        if (!(lo <= value && value <= hi)) {
            problem(path, "needs low <= value <= high, found " + lo + ", " + value + ", " + hi);
            return Uncertain.exactly(value);
        }
        return new Uncertain(value, lo, hi);
    }

    Map<String, Uncertain> uncertainMap(String path) {
        Map<String, Uncertain> out = new LinkedHashMap<>();
        map(path).forEach((k, v) -> out.put(k, uncertain(path + "." + k, v)));
        return out;
    }

    ByYear byYear(String path) {
        Map<Integer, Double> out = new TreeMap<>();
        map(path).forEach((k, v) -> {
            try {
                out.put(Integer.parseInt(k), number(path + "." + k, v));
            } catch (NumberFormatException e) {
                problem(path + "." + k, "expected a year such as 2026");
            }
        });
        if (out.isEmpty()) {
            problem(path, "needs at least one year");
            out.put(2025, 0.0);
        }
        return new ByYear(out);
    }

    Review review(String path) {
        Uncertain approval = uncertain(path + ".approval");
        if (approval.low() < 0 || approval.high() > 1) {
            problem(path + ".approval", "a probability lies between 0 and 1");
            approval = Uncertain.exactly(0);
        }
        int delay = (int) number(path + ".delayDays", at(path + ".delayDays"));
        if (delay < 0) {
            problem(path + ".delayDays", "cannot be negative");
            delay = 0;
        }
        return new Review(approval, delay);
    }

    Map<String, String> sources(List<String> sections) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String section : sections) {
            Object s = at(section + ".source");
            if (!(s instanceof String) || ((String) s).isBlank()) {
                problem(section + ".source", "every assumption needs a source, or the word 'guess'");
            } else {
                out.put(section, (String) s);
            }
        }
        return out;
    }

    private Map<String, Object> map(String path) {
        Object node = at(path);
        Map<String, Object> out = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v));
        } else if (node != null) {
            problem(path, "expected a mapping");
        }
        return out;
    }

    List<String> strings(String path) {
        Object node = at(path);
        List<String> out = new ArrayList<>();
        if (node instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else {
            problem(path, "expected a list, e.g. [Microsoft, Amazon]");
        }
        return out;
    }

    void problem(String path, String message) {
        problems.add(new Problem(source, 0, path, message));
    }
}
