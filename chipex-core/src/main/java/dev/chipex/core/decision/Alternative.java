package dev.chipex.core.decision;

import dev.chipex.core.regime.ReviewPolicy;

import java.util.Objects;
import java.util.Optional;

/**
 * A change that would decide a transaction differently, and how it would then be decided.
 *
 * @param kind quantity, veu, agreement or regime
 */
public record Alternative(String kind, String change, Outcome outcome, Optional<String> exception,
                          Optional<ReviewPolicy> policy, Optional<String> rule) {
    public Alternative {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
    }

    static Alternative of(String kind, String change, Determination d) {
        return new Alternative(kind, change, d.outcome(), d.exception(), d.policy(), d.rule());
    }
}
