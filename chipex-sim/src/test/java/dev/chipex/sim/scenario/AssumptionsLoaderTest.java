package dev.chipex.sim.scenario;

import dev.chipex.core.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssumptionsLoaderTest {
    @Test
    void defaults_everySection_hasASource() {
        Assumptions a = AssumptionsLoader.defaults();
        assertThat(a.sources()).containsOnlyKeys("pricePerH100eUsd", "diversionRisk", "licenseReview", "substitution",
                "domesticCapacity", "deals", "worldDemand.growth", "worldDemand.buyerSizes", "worldDemand.observedSites",
                "worldDemand.cloudFleets", "worldDemand.china");
        assertThat(a.reviews().get("presumption-of-approval").approval().value()).isEqualTo(0.9);
        assertThat(a.dealProbability("option-4-bilateral.deal-ae").value()).isEqualTo(0.9);
    }

    @Test
    void withOverrides_givenKeys_changeOnlyThoseValues() {
        Assumptions a = AssumptionsLoader.withOverrides("mine.yaml", """
                licenseReview:
                  case-by-case: {approval: 0.25}
                diversionRisk:
                  byCountry: {BR: 0.2}
                """);
        assertThat(a.reviews().get("case-by-case").approval().value()).isEqualTo(0.25);
        assertThat(a.reviews().get("case-by-case").delayDays()).isEqualTo(120);
        assertThat(a.diversionRisk("BR")).isEqualTo(0.2);
        assertThat(a.diversionRisk("SG")).isEqualTo(0.05);
    }

    @Test
    void withOverrides_unknownKeyAndBadRange_areReportedWithTheirPaths() {
        assertThatThrownBy(() -> AssumptionsLoader.withOverrides("mine.yaml", "priceUsd: 3\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("mine.yaml: priceUsd: unknown assumption");
        assertThatThrownBy(() -> AssumptionsLoader.withOverrides("mine.yaml",
                "substitution:\n  share: {value: 0.5, low: 0.6, high: 0.9}\n"))
                .hasMessageContaining("substitution.share: needs low <= value <= high");
    }

    @Test
    void withOverrides_worldDemand_sweepsTheSizeLawAndRejectsBadBoundsWithTheirPaths() {
        Assumptions a = AssumptionsLoader.withOverrides("sweep.yaml", "worldDemand:\n  buyerSizes: {paretoAlpha: 0.8}\n");
        assertThat(a.world().paretoAlpha()).hasValue(0.8);
        assertThat(AssumptionsLoader.defaults().world().paretoAlpha()).as("fitted by default").isEmpty();
        assertThatThrownBy(() -> AssumptionsLoader.withOverrides("sweep.yaml",
                "worldDemand:\n  buyerSizes: {classBoundsH100e: [300, 100], smallestBuyerH100e: 5000}\n"))
                .hasMessageContaining("sweep.yaml: worldDemand.buyerSizes.classBoundsH100e[1]: bounds are above 0 and ascending")
                .hasMessageContaining("worldDemand.buyerSizes.smallestBuyerH100e: must be below detectionThresholdH100e");
        assertThatThrownBy(() -> AssumptionsLoader.withOverrides("sweep.yaml",
                "worldDemand:\n  cloudFleets:\n    abroadShare:\n      byOwner: {Microsoft: 1.5}\n"))
                .hasMessageContaining("worldDemand.cloudFleets.abroadShare.byOwner.Microsoft: a share lies between 0 and 1");
    }
}
