package dev.chipex.core.decision;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The parameters a full determination used, in the order the decision named them, read-only.
 * Only a decision being explained makes one, over the map it fills and shares with no one; once
 * the decision is finished and dropped nothing can change it, so {@link Determination} keeps it
 * without copying (a batch makes millions of these). Equal to any map of the same entries.
 */
final class UsedParameters extends AbstractMap<String, String> {
    private final Map<String, String> view;

    /** {@code filled} must not be kept or changed by the caller afterwards. */
    UsedParameters(LinkedHashMap<String, String> filled) {
        this.view = Collections.unmodifiableMap(filled);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return view.entrySet();
    }

    @Override
    public String get(Object key) {
        return view.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return view.containsKey(key);
    }

    @Override
    public int size() {
        return view.size();
    }
}
