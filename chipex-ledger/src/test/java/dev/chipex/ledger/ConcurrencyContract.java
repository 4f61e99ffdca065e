package dev.chipex.ledger;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many threads reserving from one account of known size never overdraw it. */
interface ConcurrencyContract extends LedgerFixture {
    int THREADS = 8;
    int RESERVATIONS_PER_THREAD = 1_000;
    long CAPACITY = 5_000;

    @Test
    default void reserve_eightThreadsRacingForOneAccount_endsExactlyAtZero() throws Exception {
        QuotaAccount pool = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "MY", "2025-2027");
        open(pool, CAPACITY);
        Race race = Race.run(THREADS, RESERVATIONS_PER_THREAD,
                (thread, i) -> ledger().reserve(exporter(), pool, 1, inOneHour()));
        assertThat(race.recorded()).isEqualTo(CAPACITY);
        assertThat(race.insufficientQuota()).isEqualTo(THREADS * RESERVATIONS_PER_THREAD - CAPACITY);
        assertThat(balance(pool).availableTpp()).isZero();
        assertThat(balance(pool).reservedTpp()).isEqualTo(CAPACITY);
    }
}
