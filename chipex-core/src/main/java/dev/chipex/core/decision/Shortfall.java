package dev.chipex.core.decision;

import java.util.Objects;

/**
 * A quota-limited exception that applied but was too small: how many units would fit, so the
 * officer can split the shipment deliberately (chipex never splits it silently).
 */
public record Shortfall(String rule, String code, long unitsThatFit, long availableTpp, long neededTpp) {
    public Shortfall {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
    }
}
