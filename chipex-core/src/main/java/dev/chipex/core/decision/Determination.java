package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.RegimeStatus;
import dev.chipex.core.regime.ReviewPolicy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision for one transaction under one regime: the outcome, the rule that decided it, its
 * citation, the parameters used, the quota effect and the trace of every rule consulted. Facts
 * and figures only: {@code dev.chipex.core.explanation.Explainer} writes the words.
 *
 * @param regimeStatus   the regime's legal status on the date: a determination under a regime that is
 *                       not enforced, rescinded or only proposed says so
 * @param rule           the id of the rule that decided: the control for LICENSE_REQUIRED, the
 *                       exception or authorization for EXCEPTION/AUTHORIZED, empty for NLR
 * @param requirement    the control that required a license, also when an exception overcame it
 * @param reviewCitation the citation of the review rule that set the policy, when one did
 * @param debits         quota taken now (by an exception or authorization)
 * @param onApproval     allocation a license would draw on if approved
 * @param parameters     the parameter values the decision used, by name, in the order it used them
 * @param verify         ids of deciding rules whose facts still need verification against the eCFR
 */
public record Determination(Transaction transaction, String regime, Optional<RegimeStatus> regimeStatus, Outcome outcome, Optional<String> exception,
                            Optional<ReviewPolicy> policy, Optional<String> rule, Optional<String> requirement,
                            String citation, Optional<String> reviewCitation, ItemSummary item,
                            Map<String, String> tiers, Map<String, ParameterValue> parameters, List<QuotaDebit> debits,
                            Optional<QuotaDebit> onApproval, Optional<Shortfall> shortfall, List<String> duties,
                            List<TraceStep> trace, List<String> verify) {
    public Determination {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(regimeStatus, "regimeStatus");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(requirement, "requirement");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(reviewCitation, "reviewCitation");
        Objects.requireNonNull(item, "item");
        tiers = Map.copyOf(tiers);
        parameters = parameters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        debits = List.copyOf(debits);
        Objects.requireNonNull(onApproval, "onApproval");
        Objects.requireNonNull(shortfall, "shortfall");
        duties = List.copyOf(duties);
        trace = List.copyOf(trace);
        verify = List.copyOf(verify);
        if (outcome == Outcome.LICENSE_REQUIRED && policy.isEmpty()) {
            throw new IllegalArgumentException("a license requirement must name its review policy");
        }
        if ((outcome == Outcome.EXCEPTION || outcome == Outcome.AUTHORIZED) && exception.isEmpty()) {
            throw new IllegalArgumentException("an exception or authorization outcome must name it");
        }
    }

    public String transactionId() {
        return transaction.id();
    }

    public LocalDate date() {
        return transaction.date();
    }

    public boolean licenseFree() {
        return outcome.licenseFree();
    }
}
