package dev.chipex.core.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** "Did you mean" hints for unknown names, by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The up to three closest candidates to {@code text}, nearest first. */
    public static List<String> closest(String text, Collection<String> candidates) {
        String needle = text.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .distinct()
                .sorted(Comparator.<String>comparingInt(c -> distance(needle, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(c -> c))
                .filter(c -> distance(needle, c.toLowerCase(Locale.ROOT)) <= Math.max(2, needle.length() / 2)
                        || c.toLowerCase(Locale.ROOT).contains(needle))
                .limit(3)
                .collect(Collectors.toList());
    }

    /** ", did you mean: A, B?" or nothing when no candidate is close. */
    public static String didYouMean(String text, Collection<String> candidates) {
        List<String> near = closest(text == null ? "" : text, candidates);
        return near.isEmpty() ? "" : "; did you mean: " + String.join(", ", near) + "?";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
