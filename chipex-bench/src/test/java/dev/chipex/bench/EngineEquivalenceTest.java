package dev.chipex.bench;

import dev.chipex.bench.engine.Equivalence;
import dev.chipex.bench.engine.Shipments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The DMN baseline answers exactly as chipex does, or the engine benchmark's ratio means nothing. */
class EngineEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ai-diffusion-2025", "option-1-refined-tiers"})
    void dmnTable_generatedShipments_givesChipexVerdicts(String regime) {
        Equivalence.Report report = Equivalence.check(regime, Shipments.generate(20250515L, 2_000));

        assertThat(report.differences()).isEmpty();
        // every path of the table is taken: NLR, AIA, LPP, and licenses under approval and denial
        assertThat(report.verdicts().keySet()).extracting(v -> v.outcome() + "/" + v.code() + "/" + v.policy())
                .contains("NLR//", "EXCEPTION/AIA/", "EXCEPTION/LPP/", "LICENSE_REQUIRED//PRESUMPTION_OF_APPROVAL",
                        "LICENSE_REQUIRED//PRESUMPTION_OF_DENIAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ai-diffusion-2025", "option-1-refined-tiers"})
    void dmnTable_representativeShipments_givesChipexVerdicts(String regime) {
        assertThat(Equivalence.check(regime, Shipments.representative()).differences()).isEmpty();
    }
}
