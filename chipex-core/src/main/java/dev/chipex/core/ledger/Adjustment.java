package dev.chipex.core.ledger;

import java.util.Objects;

/**
 * A regulator's correction of one account: a signed change to its capacity (e.g. an allocation
 * doubled by a government-to-government agreement) or to its committed use, with the reason.
 */
public record Adjustment(Target target, long deltaTpp, String reason) {
    public enum Target { CAPACITY, USE }

    public Adjustment {
        Objects.requireNonNull(target, "target");
        if (deltaTpp == 0) {
            throw new IllegalArgumentException("an adjustment changes the amount: delta cannot be 0");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an adjustment needs a reason");
        }
    }
}
