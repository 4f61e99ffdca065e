package dev.chipex.core.decision;

import dev.chipex.core.regime.AllocationRule;
import dev.chipex.core.regime.Control;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.ReviewPolicy;

import java.util.List;
import java.util.Map;

/**
 * What a determination at {@link Detail#OUTCOME} finds before it looks at any quota: the
 * control that requires a license (null when none does), the exceptions and authorizations
 * whose conditions hold (in priority order; each still needs room in its quota), the review
 * policy if none of them grants, the allocation a license would draw on, and the tiers.
 * Shipments alike in everything the rules test share one plan.
 *
 * @param reviewCitation the citation of the review rule that set {@code policy}, null for the control's default
 * @param allocation     the control's allocation when it is in force and covers the destination, else null
 */
record DecisionPlan(Control control, List<LicenseExceptionRule> candidates, ReviewPolicy policy, String reviewCitation,
                    AllocationRule allocation, Map<String, String> tiers) {
    DecisionPlan {
        candidates = List.copyOf(candidates);
        tiers = Map.copyOf(tiers);
    }
}
