package dev.chipex.ledger;

import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.Refusal;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

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
        AtomicLong reserved = new AtomicLong();
        AtomicLong rejected = new AtomicLong();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = 0; i < RESERVATIONS_PER_THREAD; i++) {
                        LedgerResult result = ledger().reserve(exporter(), pool, 1, inOneHour());
                        if (result.isRecorded()) {
                            reserved.incrementAndGet();
                        } else if (((LedgerResult.Refused) result).refusal() == Refusal.INSUFFICIENT_QUOTA) {
                            rejected.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> thread : done) {
                thread.get(5, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(reserved.get()).isEqualTo(CAPACITY);
        assertThat(rejected.get()).isEqualTo(THREADS * RESERVATIONS_PER_THREAD - CAPACITY);
        assertThat(balance(pool).availableTpp()).isZero();
        assertThat(balance(pool).reservedTpp()).isEqualTo(CAPACITY);
    }
}
