package dev.chipex.core.ledger;

import java.util.Objects;

/**
 * One fleet-share rule checked against a deployment: its limit, the share after the deployment
 * and whether it holds.
 */
public record FleetRuleCheck(String rule, String description, double limit, double shareAfter, boolean holds) {
    public FleetRuleCheck {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %s: %.4f against limit %.4f (%s)", holds ? "ok" : "BROKEN",
                rule, shareAfter, limit, description);
    }
}
