package dev.chipex.cli.batch;

import dev.chipex.core.problem.Problem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows' problems in row order. An id used before is found only after the whole file is read,
 * but is reported where reading the row would have put it: first among its row's problems.
 */
final class RowProblems {
    private final List<Problem> problems = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private final TreeMap<Integer, Problem> repeats = new TreeMap<>();

    void add(int row, List<Problem> found) {
        for (Problem problem : found) {
            problems.add(problem);
            rows.add(row);
        }
    }

    void repeat(int row, Problem problem) {
        repeats.put(row, problem);
    }

    List<Problem> inRowOrder() {
        List<Problem> ordered = new ArrayList<>(problems.size() + repeats.size());
        Iterator<Map.Entry<Integer, Problem>> repeated = repeats.entrySet().iterator();
        Map.Entry<Integer, Problem> next = repeated.hasNext() ? repeated.next() : null;
        for (int i = 0; i < problems.size(); i++) {
            while (next != null && next.getKey() <= rows.get(i)) {
                ordered.add(next.getValue());
                next = repeated.hasNext() ? repeated.next() : null;
            }
            ordered.add(problems.get(i));
        }
        while (next != null) {
            ordered.add(next.getValue());
            next = repeated.hasNext() ? repeated.next() : null;
        }
        return ordered;
    }
}
