package dev.chipex.core.explanation;

import dev.chipex.core.decision.DecisionEngine;
import dev.chipex.core.decision.Determination;
import dev.chipex.core.decision.Transactions;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminationFieldsTest {
    /**
     * Regression: the tiers came out in the order of the Determination's immutable map, which a
     * JVM picks at random when it starts, so the same batch printed differently from run to run.
     * The order is fixed within one JVM, so without the fix this fails only in the runs (about half
     * of them) that draw the other order.
     */
    @Test
    void tiers_anyRun_inNameOrder() {
        DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));
        Determination d = engine.decide(Transactions.ship("2025-06-01", "NVIDIA H100 SXM", 1000, "IN", "Acme Cloud", "IN"),
                new InMemoryQuotaBook());

        Object tiers = DeterminationFields.of(d, Explainer.of(engine)).get("tiers");

        assertThat(List.<Object>copyOf(((Map<?, ?>) tiers).keySet())).containsExactly("destination", "headquarters");
    }
}
