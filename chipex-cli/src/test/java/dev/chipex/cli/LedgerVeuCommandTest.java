package dev.chipex.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fleet-share rules of 15 CFR 748.15 (REGULATION.md §3.7), read from the regime files. */
class LedgerVeuCommandTest extends LedgerCliFixture {
    @Test
    void veuCheck_eightPercentInOneTier2Country_breaksTheSevenPercentRule() {
        assertThat(chipex("ledger", "veu", "install", "AcmeCloud", "US", "--h100e", "10000", "--home", "US",
                "--date", "2025-06-01")).isZero();

        // 1,000 more in India: 1,000 / 11,000 = 9.1% > 7% (ai-diffusion-2025 parameter uveu-max-country-share).
        assertThat(chipex("ledger", "veu", "check", "AcmeCloud", "India", "--h100e", "1000", "--home", "US",
                "--date", "2025-06-01")).isEqualTo(ExitCodes.CONFLICT);
        assertThat(out.toString()).contains("veu.tier2-country-maximum-share").contains("0.0909").contains("false");
    }

    @Test
    void veuCheck_refinedTiers_dropThePerCountryLimit() {
        chipex("ledger", "veu", "install", "AcmeCloud", "US", "--h100e", "10000", "--home", "US", "--date", "2025-06-01");

        // Carnegie option 1 drops the 7% rule (REGULATION.md §6.1): the same deployment holds.
        assertThat(chipex("ledger", "veu", "check", "AcmeCloud", "IN", "--h100e", "1000", "--home", "US",
                "--date", "2025-06-01", "--regime", "option-1-refined-tiers")).isZero();
    }

    @Test
    void veuInstall_breakingARule_isRefusedAndRecordsNothing() {
        chipex("ledger", "veu", "install", "AcmeCloud", "US", "--h100e", "1000", "--home", "US", "--date", "2025-06-01");

        assertThat(chipex("ledger", "veu", "install", "AcmeCloud", "AE", "--h100e", "1000", "--home", "US",
                "--date", "2025-06-01")).isEqualTo(ExitCodes.CONFLICT);
        assertThat(chipex("ledger", "history", "AcmeCloud@AE")).isZero();
        assertThat(out.toString()).doesNotContain("COMPUTE_INSTALLED");
    }

    @Test
    void veuCheck_regimeWithoutTiers_namesTheRegimeAndTheFix() {
        assertThat(chipex("ledger", "veu", "check", "AcmeCloud", "IN", "--h100e", "1", "--home", "US",
                "--regime", "pre-2025")).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.toString()).contains("pre-2025").contains("no Tier 1/Tier 2 groups");
    }
}
