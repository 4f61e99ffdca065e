package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.List;
import java.util.Optional;

/**
 * What a determination at {@link Detail#OUTCOME} finds before it looks at any quota: the
 * control that requires a license (null when none does), the exceptions and authorizations
 * whose conditions hold (in priority order; each still needs room in its quota), the review
 * policy if none of them grants, and the allocation a license would draw on. Shipments alike
 * in everything the rules test share one plan.
 * <p>
 * It also keeps each determination it can end in, as {@link Explanations} made it for the first
 * shipment planned: the rule, citation, duties and what to verify are the same for every
 * shipment of the plan, so a shipment's determination is one of these with its own id, date,
 * item and quota figures put in ({@link #of}): no working state and no build per shipment.
 *
 * @param allocation      the control's allocation when it is in force and covers the destination, else null
 * @param licenseFree     the determination when no control applies (then control is null), else null
 * @param grants          the determination of each candidate when it grants, in the candidates' order
 * @param licenseRequired the determination when none grants, with {@code policy}; null when no control applies
 */
record DecisionPlan(Control control, List<LicenseExceptionRule> candidates, ReviewPolicy policy,
                    AllocationRule allocation, Determination licenseFree, List<Determination> grants,
                    Determination licenseRequired) {
    DecisionPlan {
        candidates = List.copyOf(candidates);
        grants = List.copyOf(grants);
        if (grants.size() != candidates.size() || (control == null) != (licenseRequired == null)
                || (control == null) == (licenseFree == null)) {
            throw new IllegalArgumentException("a plan keeps one determination per way it can end");
        }
    }

    /** {@code kept}, one of this plan's determinations, for shipment {@code t} with its own item and quota figures. */
    static Determination of(Determination kept, Transaction t, ItemSummary item, ReviewPolicy policy,
                            List<QuotaDebit> debits, QuotaDebit onApproval, Shortfall shortfall) {
        return new Determination(t.id(), kept.regime(), t.date(), kept.outcome(), kept.exception(),
                policy == null ? Optional.empty() : Optional.of(policy), kept.rule(), kept.requirement(), kept.citation(),
                item, kept.tiers(), kept.parameters(), debits, Optional.ofNullable(onApproval),
                Optional.ofNullable(shortfall), kept.duties(), kept.trace(), kept.verify(), kept.explanation());
    }
}
