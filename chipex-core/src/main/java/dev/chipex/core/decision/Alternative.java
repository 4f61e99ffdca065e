package dev.chipex.core.decision;

import dev.chipex.core.regime.ReviewPolicy;

import java.util.Objects;
import java.util.Optional;

/**
 * A change that would decide a transaction differently, and how it would then be decided
 * ({@code dev.chipex.core.explanation.Explainer} says it in words).
 *
 * @param kind  quantity, veu, agreement or regime
 * @param value what changes to: the units (quantity), the status (veu), the agreement's kind, or
 *              the regime's id
 */
public record Alternative(String kind, String value, Outcome outcome, Optional<String> exception,
                          Optional<ReviewPolicy> policy, Optional<String> rule) {
    public Alternative {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
    }

    static Alternative of(String kind, String value, Determination d) {
        return new Alternative(kind, value, d.outcome(), d.exception(), d.policy(), d.rule());
    }
}
