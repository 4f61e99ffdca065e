package dev.chipex.core.regime;

import java.util.Map;
import java.util.Objects;

/**
 * A cumulative allocation per country in a group over a period: licensed shipments to the
 * country draw on it; once it is used up the control's {@code exhaustedPolicy} applies. A
 * country holding an agreement of {@code agreementKind} gets {@code agreementMultiplier} times
 * the capacity; {@code countryFactors} scale it for named countries.
 */
public record AllocationRule(String id, String purpose, Cited cited, String group, String period,
                             Validity validity, String capacityParameter, String agreementKind,
                             double agreementMultiplier, Map<String, Double> countryFactors,
                             ReviewPolicy exhaustedPolicy) {
    public AllocationRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(cited, "cited");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(validity, "validity");
        Objects.requireNonNull(capacityParameter, "capacityParameter");
        Objects.requireNonNull(agreementKind, "agreementKind");
        countryFactors = Map.copyOf(countryFactors);
        Objects.requireNonNull(exhaustedPolicy, "exhaustedPolicy");
    }
}
