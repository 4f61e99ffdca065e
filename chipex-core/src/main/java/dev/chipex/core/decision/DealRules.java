package dev.chipex.core.decision;

import dev.chipex.core.quota.QuotaKind;
import dev.chipex.core.regime.Condition;
import dev.chipex.core.regime.Deal;
import dev.chipex.core.regime.LicenseExceptionRule;
import dev.chipex.core.regime.OutcomeKind;
import dev.chipex.core.regime.QuotaHolder;
import dev.chipex.core.regime.QuotaRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A bilateral deal decides like an authorization with its own yearly quota. */
final class DealRules {
    /** Deals are tried after every license exception: a deal's quota is the scarcer good. */
    static final int FIRST_PRIORITY = 100_000;

    private DealRules() {
    }

    static List<LicenseExceptionRule> of(List<Deal> deals) {
        List<LicenseExceptionRule> rules = new ArrayList<>();
        for (int i = 0; i < deals.size(); i++) {
            Deal deal = deals.get(i);
            List<Condition> conditions = new ArrayList<>();
            conditions.add(new Condition.DestinationIn(List.of(deal.country())));
            deal.consignee().ifPresent(c -> conditions.add(new Condition.ConsigneeIn(List.of(c))));
            rules.add(new LicenseExceptionRule(deal.id(), "DEAL", OutcomeKind.AUTHORIZATION, FIRST_PRIORITY + i,
                    "bilateral deal with " + deal.country() + (deal.concessions().isEmpty() ? ""
                            : " (concessions: " + String.join("; ", deal.concessions()) + ")"),
                    deal.cited(), deal.validity(), conditions, deal.overcomes(),
                    Optional.of(new QuotaRule(QuotaKind.DEAL, QuotaHolder.RULE, Optional.empty(), deal.quotaParameter())),
                    List.of()));
        }
        return rules;
    }
}
