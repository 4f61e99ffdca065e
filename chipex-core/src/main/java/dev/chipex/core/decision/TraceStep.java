package dev.chipex.core.decision;

import java.util.Objects;

/** One rule consulted while deciding, whether it applied, and why. */
public record TraceStep(String rule, String kind, boolean applied, String reason) {
    public TraceStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
