package dev.chipex.core.quota;

import java.util.Objects;

/**
 * What a determination takes from one quota account, with the balances around it. Amounts are
 * whole TPP; {@code capacityTpp} is the account's size under the deciding regime.
 */
public record QuotaDebit(QuotaAccount account, long amountTpp, long capacityTpp, long usedBeforeTpp,
                         String rule) {
    public QuotaDebit {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(rule, "rule");
        if (amountTpp < 0 || capacityTpp < 0 || usedBeforeTpp < 0) {
            throw new IllegalArgumentException("quota amounts cannot be negative");
        }
        if (usedBeforeTpp + amountTpp > capacityTpp) {
            throw new IllegalArgumentException("debit of " + amountTpp + " TPP would overdraw " + account
                    + " (used " + usedBeforeTpp + " of " + capacityTpp + ")");
        }
    }

    public long balanceBeforeTpp() {
        return capacityTpp - usedBeforeTpp;
    }

    public long balanceAfterTpp() {
        return capacityTpp - usedBeforeTpp - amountTpp;
    }
}
