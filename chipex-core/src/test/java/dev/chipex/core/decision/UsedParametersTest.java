package dev.chipex.core.decision;

import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A full determination keeps the parameters its decision named without a copy: they must still be read-only. */
class UsedParametersTest {
    private final DecisionEngine engine = DecisionEngine.of(RegimeCatalog.builtIn().get("ai-diffusion-2025"));

    @Test
    void parametersOfAFullDetermination_readOnlyAndInTheOrderNamed() {
        Determination d = engine.decide(Transactions.ship("2025-06-01", "H100", 100, "IN", "Acme Cloud", "IN"),
                new InMemoryQuotaBook());
        Map<String, String> parameters = d.parameters();
        assertThat(parameters).isNotEmpty();
        assertThatThrownBy(() -> parameters.put("extra", "1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(parameters::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> parameters.entrySet().iterator().next().setValue("0"))
                .isInstanceOf(UnsupportedOperationException.class);
        Map<String, String> copy = new LinkedHashMap<>(parameters);
        assertThat(parameters).isEqualTo(copy).hasSameHashCodeAs(copy);
        assertThat(new ArrayList<>(parameters.keySet())).isEqualTo(new ArrayList<>(copy.keySet()));
    }

    /** Any other map a caller passes is still copied: changing it afterwards does not change the determination. */
    @Test
    void parametersFromACallersMap_copied() {
        Determination d = engine.decide(Transactions.ship("2025-06-01", "H100", 100, "IN", "Acme Cloud", "IN"),
                new InMemoryQuotaBook());
        Map<String, String> mine = new LinkedHashMap<>(d.parameters());
        Determination rebuilt = new Determination(d.transactionId(), d.regime(), d.date(), d.outcome(), d.exception(),
                d.policy(), d.rule(), d.requirement(), d.citation(), d.item(), d.tiers(), mine, d.debits(), d.onApproval(),
                d.shortfall(), d.duties(), d.trace(), d.verify(), d.explanation());
        mine.put("extra", "1");
        assertThat(rebuilt.parameters()).isEqualTo(d.parameters()).doesNotContainKey("extra");
    }
}
