package dev.chipex.core.golden;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads from one YAML mapping of a golden file; a wrong type fails the test with its place. */
final class GoldenValues {
    private final String where;
    private final Map<String, Object> values;

    GoldenValues(String where, Map<String, Object> values) {
        this.where = where;
        this.values = values == null ? Map.of() : values;
    }

    void allowOnly(String... keys) {
        List<String> allowed = List.of(keys);
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'; expected one of " + allowed);
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Object raw(String key) {
        return values.get(key);
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> new IllegalArgumentException(where + ": '" + key + "' is required"));
    }

    /** A text value; YAML 1.1 reads some codes (NO) as booleans, so they must be quoted. */
    Optional<String> optionalText(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Boolean) {
            throw new IllegalArgumentException(where + ": '" + key + "' was read as a boolean; quote it (\"NO\")");
        }
        return Optional.of(String.valueOf(value));
    }

    LocalDate date(String key) {
        Object value = values.get(key);
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(text(key));
    }

    double number(String key, double fallback) {
        Object value = values.get(key);
        return value == null ? fallback : Double.parseDouble(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    GoldenValues child(String key) {
        return new GoldenValues(where + " " + key, (Map<String, Object>) values.get(key));
    }

    @SuppressWarnings("unchecked")
    List<GoldenValues> children(String key) {
        List<GoldenValues> list = new ArrayList<>();
        Object value = values.get(key);
        if (value != null) {
            for (Object item : (List<Object>) value) {
                list.add(new GoldenValues(where + " " + key + "[" + list.size() + "]", (Map<String, Object>) item));
            }
        }
        return list;
    }

    String where() {
        return where;
    }
}
