package dev.chipex.core.regime;

import dev.chipex.core.quota.QuotaKind;

import java.util.Objects;
import java.util.Optional;

/**
 * How a license exception or authorization is limited: an account per holder and period, of
 * the size the named parameter gives on the shipment's date.
 *
 * @param fixedPeriod a label ("2025-2027") for one pot over the rule's whole validity; empty
 *                    means one pot per calendar year
 */
public record QuotaRule(QuotaKind kind, QuotaHolder holder, Optional<String> fixedPeriod, String capacityParameter) {
    public QuotaRule {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(fixedPeriod, "fixedPeriod");
        Objects.requireNonNull(capacityParameter, "capacityParameter");
    }

    public String periodOn(java.time.LocalDate date) {
        if (fixedPeriod.isPresent()) {
            return fixedPeriod.get();
        }
        return String.valueOf(date.getYear());
    }
}
