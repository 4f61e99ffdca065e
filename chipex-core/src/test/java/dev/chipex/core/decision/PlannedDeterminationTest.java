package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A planned determination is one the plan keeps with the shipment's own figures put in: these
 * are the paths where those figures come from more than one rule, rarely met by generated batches.
 */
class PlannedDeterminationTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    /** NVEU's quota is all but used up, so LPP grants: the determination still reports NVEU's shortfall. */
    @Test
    void decide_firstQuotaTooSmallLaterOneGrants_keepsTheShortfall() {
        Transaction nveu = Transactions.ship("2026-03-02", "NVIDIA H100 SXM", 10, "IN", "Acme Cloud", "IN")
                .withVeu(Optional.of("NVEU"));
        InMemoryQuotaBook planned = new InMemoryQuotaBook();
        InMemoryQuotaBook ruleByRule = new InMemoryQuotaBook();
        QuotaDebit first = engine.decide(nveu, planned, Detail.OUTCOME).debits().get(0);
        QuotaDebit fillToOneTpp = new QuotaDebit(first.account(), first.capacityTpp() - 1, first.capacityTpp(), 0, "test");
        planned.apply(List.of(fillToOneTpp));
        ruleByRule.apply(List.of(fillToOneTpp));

        Determination fast = engine.decide(nveu, planned, Detail.OUTCOME);
        Determination plain = engine.decideRuleByRule(nveu, ruleByRule, Detail.OUTCOME);

        assertThat(fast).isEqualTo(plain);
        assertThat(fast.rule()).contains("ai-diffusion-2025.lpp");
        assertThat(fast.shortfall()).map(Shortfall::rule).contains("ai-diffusion-2025.nveu");
    }

    /** A license that would draw on a Tier 2 allocation, then the same once it is full: the policy becomes the exhausted one. */
    @Test
    void decide_allocationFull_takesTheExhaustedPolicy() {
        Transaction big = Transactions.ship("2026-03-02", "NVIDIA H100 SXM", 5000, "IN", "Acme Cloud", "IN");
        InMemoryQuotaBook planned = new InMemoryQuotaBook();
        InMemoryQuotaBook ruleByRule = new InMemoryQuotaBook();
        Determination open = engine.decide(big, planned, Detail.OUTCOME);
        assertThat(open).isEqualTo(engine.decideRuleByRule(big, ruleByRule, Detail.OUTCOME));
        QuotaDebit draw = open.onApproval().orElseThrow();
        QuotaDebit fill = new QuotaDebit(draw.account(), draw.capacityTpp() - 1, draw.capacityTpp(), 0, "test");
        planned.apply(List.of(fill));
        ruleByRule.apply(List.of(fill));

        Determination full = engine.decide(big, planned, Detail.OUTCOME);

        assertThat(full).isEqualTo(engine.decideRuleByRule(big, ruleByRule, Detail.OUTCOME));
        assertThat(full.onApproval()).isEmpty();
        assertThat(full.policy()).isNotEqualTo(open.policy());
    }
}
