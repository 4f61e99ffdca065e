package dev.chipex.core.problem;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be used, with every problem found in it, each located. */
public final class InvalidInputException extends ChipexException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(describe(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String path, String message) {
        return new InvalidInputException(List.of(Problem.of(path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems:\n" + problems.stream()
                .map(p -> "  - " + p)
                .collect(Collectors.joining("\n"));
    }
}
