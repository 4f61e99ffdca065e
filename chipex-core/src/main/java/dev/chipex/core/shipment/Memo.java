package dev.chipex.core.shipment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Names already resolved: large batches repeat a few chips and countries many times. Bounded, so
 * that a file of a million different spellings cannot fill the heap; safe to share between the
 * threads of a server.
 */
final class Memo<V> {
    private static final int MAX_ENTRIES = 4_096;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    /** The value for {@code text}, made by {@code make} (which may throw) when not yet known. */
    V get(String text, Function<String, V> make) {
        V value = values.get(text);
        if (value == null) {
            value = make.apply(text);
            if (values.size() < MAX_ENTRIES) {
                values.putIfAbsent(text, value);
            }
        }
        return value;
    }
}
