package dev.chipex.core.decision;

import dev.chipex.core.explanation.Explainer;
import dev.chipex.core.quota.InMemoryQuotaBook;
import dev.chipex.core.regime.RegimeCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WhatWouldChangeTest {
    private final Map<String, DecisionEngine> engines = new LinkedHashMap<>();

    WhatWouldChangeTest() {
        RegimeCatalog.builtIn().builtInIds().forEach(id -> engines.put(id, DecisionEngine.of(RegimeCatalog.builtIn().get(id))));
    }

    @Test
    void alternatives_tooManyChipsForLpp_offersSmallerQuantityVeuAndOtherRegimes() {
        DecisionEngine diffusion = engines.get("ai-diffusion-2025");
        Transaction t = new Transaction("t", LocalDate.of(2025, 6, 1), Items.fromCatalog("item", "H100"), 2_000, "IN",
                "Acme", "IN", Optional.empty(), Optional.empty(), Optional.empty());
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        Determination d = diffusion.decide(t, book);

        List<Alternative> alternatives = new WhatWouldChange(engines).alternatives(diffusion, t, d, book);

        assertThat(d.outcome()).isEqualTo(Outcome.LICENSE_REQUIRED);
        assertThat(alternatives).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("quantity");
            assertThat(a.value()).isEqualTo("1699");
            assertThat(Explainer.of(diffusion).change(d, a)).contains("1699 units");
            assertThat(a.exception()).contains("LPP");
        });
        assertThat(alternatives).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("veu");
            assertThat(a.exception()).contains("NVEU");
        });
        // Before the Diffusion rule, India (A:5, not D:1/D:4/D:5) needed no license at all.
        assertThat(alternatives).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("regime");
            assertThat(a.value()).isEqualTo("pre-2025");
            assertThat(Explainer.of(diffusion).change(d, a)).contains("under pre-2025");
            assertThat(a.outcome()).isEqualTo(Outcome.NLR);
        });
    }

    @Test
    void alternatives_allocationExhausted_agreementRestoresApproval() {
        DecisionEngine diffusion = engines.get("ai-diffusion-2025");
        InMemoryQuotaBook book = new InMemoryQuotaBook();
        // 60,000 H100 exceed India's 49,901 H100e allocation but fit the doubled one (90 FR 4544; White House fact sheet).
        Transaction t = new Transaction("t", LocalDate.of(2025, 6, 1), Items.fromCatalog("item", "H100"), 60_000, "IN",
                "Acme", "IN", Optional.empty(), Optional.empty(), Optional.empty());
        Determination d = diffusion.decide(t, book);

        List<Alternative> alternatives = new WhatWouldChange(engines).alternatives(diffusion, t, d, book);

        assertThat(d.policy()).contains(dev.chipex.core.regime.ReviewPolicy.PRESUMPTION_OF_DENIAL);
        assertThat(alternatives).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo("agreement");
            assertThat(a.policy()).contains(dev.chipex.core.regime.ReviewPolicy.PRESUMPTION_OF_APPROVAL);
        });
    }
}
