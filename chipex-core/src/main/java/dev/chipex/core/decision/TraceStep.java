package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.Objects;

/**
 * One rule consulted while deciding and what the engine found: facts and figures, no words
 * ({@code dev.chipex.core.explanation.Explainer} writes the reason).
 *
 * @param kind control, exception, authorization or allocation
 */
public record TraceStep(String rule, String kind, Finding finding) {
    public TraceStep {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(finding, "finding");
    }

    /** Whether the rule applied (for an allocation: whether it was drawn on or decided the policy). */
    public boolean applied() {
        return finding.applied();
    }

    /** What the engine found when it consulted the rule. */
    public sealed interface Finding {
        boolean applied();
    }

    /** A control that requires a license, or an exception or authorization without a quota that applies. */
    public record Applies() implements Finding {
        public boolean applied() {
            return true;
        }
    }

    /** The rule's dates do not include the shipment's. */
    public record NotInForce() implements Finding {
        public boolean applied() {
            return false;
        }
    }

    /** The rule's condition at {@code index} (from 0, in the regime's order) does not hold. */
    public record FailsCondition(int index) implements Finding {
        public boolean applied() {
            return false;
        }
    }

    /** An exception or authorization applies and its quota has room for the shipment. */
    public record QuotaHasRoom(QuotaAccount account, long availableTpp) implements Finding {
        public boolean applied() {
            return true;
        }
    }

    /** An exception or authorization whose conditions hold, but whose quota is too small for the shipment. */
    public record QuotaTooSmall(QuotaAccount account, long neededTpp, long availableTpp, long unitsThatFit)
            implements Finding {
        public boolean applied() {
            return false;
        }
    }

    /** A license would draw on the allocation, which has room. */
    public record AllocationHasRoom(QuotaAccount account, long availableTpp) implements Finding {
        public boolean applied() {
            return true;
        }
    }

    /** The allocation is not in force or does not cover the destination on the date. */
    public record AllocationNotCovering() implements Finding {
        public boolean applied() {
            return false;
        }
    }

    /** The allocation cannot hold the shipment, so its exhausted review policy applies. */
    public record AllocationExhausted(long neededTpp, long availableTpp, ReviewPolicy policy) implements Finding {
        public boolean applied() {
            return true;
        }
    }
}
