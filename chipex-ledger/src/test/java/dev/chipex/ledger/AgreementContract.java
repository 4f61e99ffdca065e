package dev.chipex.ledger;

import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.chipex.ledger.LedgerFixture.recorded;
import static dev.chipex.ledger.LedgerFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

/** Government-to-government agreements and bilateral deals. */
interface AgreementContract extends LedgerFixture {
    /** UAE deal from 2025-05-15, 500,000 advanced chips a year as reported (REGULATION.md §6, option 4). */
    Agreement UAE_DEAL = new Agreement("AE-2025", Agreement.Kind.DEAL, "AE", LocalDate.parse("2025-05-15"),
            "500,000 advanced chips a year (reported)", 500_000L * 15_832, "2025");

    @Test
    default void recordAgreement_dealWithQuota_opensItsDealAccount() {
        recorded(ledger().recordAgreement(regulator(), UAE_DEAL));
        QuotaAccount deal = new QuotaAccount(QuotaKind.DEAL, "AE-2025", "2025");
        assertThat(balance(deal).capacityTpp()).isEqualTo(7_916_000_000L);
        assertThat(ledger().agreements()).containsExactly(UAE_DEAL);
    }

    @Test
    default void recordAgreement_governmentToGovernment_isListedWithoutAnAccount() {
        Agreement g2g = new Agreement("IN-G2G", Agreement.Kind.GOVERNMENT_TO_GOVERNMENT, "IN",
                LocalDate.parse("2025-04-01"), "allocation doubled", 0, null);
        recorded(ledger().recordAgreement(regulator(), g2g));
        assertThat(ledger().agreements()).containsExactly(g2g);
        assertThat(ledger().accounts()).isEmpty();
    }

    @Test
    default void recordAgreement_twiceOrByAnExporter_refused() {
        recorded(ledger().recordAgreement(regulator(), UAE_DEAL));
        assertThat(refused(ledger().recordAgreement(regulator(), UAE_DEAL)).refusal())
                .isEqualTo(Refusal.AGREEMENT_EXISTS);
        Agreement other = new Agreement("SA-2025", Agreement.Kind.DEAL, "SA", LocalDate.parse("2025-11-19"),
                "35,000 GB300 for one company (reported)", 1, "2025");
        assertThat(refused(ledger().recordAgreement(exporter(), other)).refusal()).isEqualTo(Refusal.NOT_AUTHORISED);
        assertThat(ledger().agreements()).hasSize(1);
    }
}
