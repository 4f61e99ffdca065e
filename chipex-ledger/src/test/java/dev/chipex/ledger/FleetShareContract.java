package dev.chipex.ledger;

import dev.chipex.core.ledger.FleetRuleCheck;
import dev.chipex.core.ledger.FleetShareCheck;
import dev.chipex.core.ledger.FleetShareRules;
import dev.chipex.core.ledger.Installation;
import dev.chipex.core.ledger.Refusal;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A validated end user's installed compute and the UVEU fleet-share limits (REGULATION.md §3.7):
 * at least 75% in Tier 1, at most 7% in one Tier 2 country, at least 50% in the US for a
 * US-headquartered company.
 */
interface FleetShareContract extends LedgerFixture {
    FleetShareRules US_UVEU = new FleetShareRules(Set.of("US", "DE", "GB", "JP"), Set.of("IN", "AE", "MY"),
            0.75, 0.07, Optional.of("US"), 0.50);

    /** 600 in the US and 300 in Germany: 900 TPP, all in Tier 1, two thirds at home. */
    default void installHomeFleet() {
        recorded(ledger().recordInstallation(exporter(), new Installation("hyperscaler", "US", 600), US_UVEU));
        recorded(ledger().recordInstallation(exporter(), new Installation("hyperscaler", "DE", 300), US_UVEU));
    }

    @Test
    default void deployment_withinEveryShare_isRecordedWithTheSharesChecked() {
        installHomeFleet();
        Installation india = new Installation("hyperscaler", "IN", 50);
        FleetShareCheck check = ledger().checkDeployment(india, US_UVEU);
        assertThat(check.allowed()).isTrue();
        assertThat(check.checks()).extracting(FleetRuleCheck::rule).containsExactly("veu.no-tier3",
                "veu.tier1-minimum-share", "veu.tier2-country-maximum-share", "veu.home-minimum-share");
        assertThat(check.checks().get(2).shareAfter()).isEqualTo(50 / 950.0);
        recorded(ledger().recordInstallation(exporter(), india, US_UVEU));
        assertThat(ledger().fleet("hyperscaler")).isEqualTo(Map.of("US", 600L, "DE", 300L, "IN", 50L));
    }

    @Test
    default void deployment_overSevenPercentInOneTier2Country_refused() {
        installHomeFleet();
        recorded(ledger().recordInstallation(exporter(), new Installation("hyperscaler", "IN", 50), US_UVEU));
        Installation more = new Installation("hyperscaler", "IN", 30);
        FleetShareCheck check = ledger().checkDeployment(more, US_UVEU);
        assertThat(check.broken()).extracting(FleetRuleCheck::rule).containsExactly("veu.tier2-country-maximum-share");
        assertThat(check.broken().get(0).shareAfter()).isEqualTo(80 / 980.0);
        var refusal = refused(ledger().recordInstallation(exporter(), more, US_UVEU));
        assertThat(refusal.refusal()).isEqualTo(Refusal.FLEET_SHARE_EXCEEDED);
        assertThat(ledger().fleet("hyperscaler")).containsEntry("IN", 50L);
    }

    @Test
    default void deployment_thatLeavesLessThanHalfAtHome_refused() {
        installHomeFleet();
        FleetShareCheck check = ledger().checkDeployment(new Installation("hyperscaler", "DE", 400), US_UVEU);
        assertThat(check.broken()).extracting(FleetRuleCheck::rule).containsExactly("veu.home-minimum-share");
        assertThat(check.broken().get(0).shareAfter()).isEqualTo(600 / 1300.0);
    }

    @Test
    default void deployment_inTier3_refused() {
        installHomeFleet();
        var refusal = refused(ledger().recordInstallation(exporter(), new Installation("hyperscaler", "CN", 1),
                US_UVEU));
        assertThat(refusal.message()).contains("veu.no-tier3");
        assertThat(ledger().fleet("hyperscaler")).doesNotContainKey("CN");
    }
}
