package dev.chipex.core.decision;

import java.util.Optional;

/** The value of a parameter as a decision used it. */
public sealed interface ParameterValue {
    /** A capacity in TPP (H100-equivalents already converted). */
    record Tpp(double tpp) implements ParameterValue {
    }

    /** A factor that scales a capacity for one country. */
    record Factor(double factor) implements ParameterValue {
    }

    /** The government-to-government agreement that multiplies an allocation, if one is in force. */
    record Agreement(Optional<String> kind, double multiplier) implements ParameterValue {
        public Agreement {
            java.util.Objects.requireNonNull(kind, "kind");
        }
    }
}
