package dev.chipex.core.decision;

import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.quota.QuotaDebit;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.regime.ReviewPolicy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The paths where a determination's figures come from more than one quota, rarely met by generated batches. */
class DecisionEngineQuotaTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    /** NVEU's quota is all but used up, so LPP grants: the determination still reports NVEU's shortfall. */
    @Test
    void decide_firstQuotaTooSmallLaterOneGrants_keepsTheShortfall() {
        Transaction nveu = Transactions.ship("2026-03-02", "NVIDIA H100 SXM", 10, "IN", "Acme Cloud", "IN")
                .withVeu(Optional.of("NVEU"));
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        QuotaDebit first = engine.decide(nveu, book).debits().get(0);
        book.apply(List.of(new QuotaDebit(first.account(), first.capacityTpp() - 1, first.capacityTpp(), 0, "test")));

        Determination d = engine.decide(nveu, book);

        assertThat(d.rule()).contains("ai-diffusion-2025.lpp");
        assertThat(d.shortfall()).map(Shortfall::rule).contains("ai-diffusion-2025.nveu");
        assertThat(d.trace()).extracting(TraceStep::finding).hasAtLeastOneElementOfType(TraceStep.QuotaTooSmall.class);
    }

    /** A license that would draw on a Tier 2 allocation, then the same once it is full: the policy becomes the exhausted one. */
    @Test
    void decide_allocationFull_takesTheExhaustedPolicy() {
        Transaction big = Transactions.ship("2026-03-02", "NVIDIA H100 SXM", 5000, "IN", "Acme Cloud", "IN");
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        Determination open = engine.decide(big, book);
        QuotaDebit draw = open.onApproval().orElseThrow();
        book.apply(List.of(new QuotaDebit(draw.account(), draw.capacityTpp() - 1, draw.capacityTpp(), 0, "test")));

        Determination full = engine.decide(big, book);

        assertThat(open.policy()).contains(ReviewPolicy.PRESUMPTION_OF_APPROVAL);
        assertThat(full.onApproval()).isEmpty();
        assertThat(full.policy()).isNotEqualTo(open.policy());
        assertThat(Explainer.of(engine).paragraph(full)).contains("allocation").contains("cannot hold this shipment");
    }
}
