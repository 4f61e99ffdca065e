package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.ReviewPolicy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision for one transaction under one regime, with everything needed to explain it.
 *
 * @param rule        the id of the rule that decided: the control for LICENSE_REQUIRED, the
 *                    exception or authorization for EXCEPTION/AUTHORIZED, empty for NLR
 * @param requirement the control that required a license, also when an exception overcame it
 * @param debits      quota taken now (by an exception or authorization)
 * @param onApproval  allocation a license would draw on if approved
 * @param parameters  the parameter values the decision used, by name
 * @param verify      ids of deciding rules whose facts still need verification against the eCFR
 */
public record Determination(String transactionId, String regime, LocalDate date, Outcome outcome,
                            Optional<String> exception, Optional<ReviewPolicy> policy, Optional<String> rule,
                            Optional<String> requirement, String citation, ItemSummary item,
                            Map<String, String> tiers, Map<String, String> parameters, List<QuotaDebit> debits,
                            Optional<QuotaDebit> onApproval, Optional<Shortfall> shortfall, List<String> duties,
                            List<TraceStep> trace, List<String> verify, String explanation) {
    public Determination {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(item, "item");
        tiers = Map.copyOf(tiers);
        parameters = parameters.isEmpty() ? Map.of() : parameters instanceof UsedParameters ? parameters
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        debits = List.copyOf(debits);
        Objects.requireNonNull(onApproval, "onApproval");
        Objects.requireNonNull(shortfall, "shortfall");
        duties = List.copyOf(duties);
        trace = List.copyOf(trace);
        verify = List.copyOf(verify);
        Objects.requireNonNull(explanation, "explanation");
        if (outcome == Outcome.LICENSE_REQUIRED && policy.isEmpty()) {
            throw new IllegalArgumentException("a license requirement must name its review policy");
        }
        if ((outcome == Outcome.EXCEPTION || outcome == Outcome.AUTHORIZED) && exception.isEmpty()) {
            throw new IllegalArgumentException("an exception or authorization outcome must name it");
        }
    }

    public boolean licenseFree() {
        return outcome.licenseFree();
    }
}
