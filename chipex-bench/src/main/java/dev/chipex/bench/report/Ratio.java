package dev.chipex.bench.report;

import java.util.Objects;

/**
 * chipex against its baseline, both measured in the same run.
 *
 * @param value   chipex's figure over the baseline's, or the other way round, as {@code means} says
 * @param target  the least (or most, when {@code atMost}) the issue asks for
 */
public record Ratio(String name, double value, String means, double target, boolean atMost) {
    public Ratio {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(means, "means");
    }

    public boolean met() {
        return atMost ? value <= target : value >= target;
    }
}
