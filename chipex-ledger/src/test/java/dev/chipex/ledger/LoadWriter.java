package dev.chipex.ledger;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;

import java.time.Duration;
import java.time.Instant;

/**
 * The child process of {@link CrashTest}: reserves and commits in a loop and prints each
 * committed reservation's id once the commit has returned. Bounded by a count and a time, so it
 * stops by itself if nobody kills it. Arguments: ledger URL, iterations, seconds.
 */
public final class LoadWriter {
    static final QuotaAccount ACCOUNT = new QuotaAccount(QuotaKind.COUNTRY_ALLOCATION, "IN", "2025-2027");

    private LoadWriter() {
    }

    public static void main(String[] args) {
        int iterations = Integer.parseInt(args[1]);
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[2]));
        Actor exporter = Actor.exporter("load writer");
        try (QuotaLedger ledger = Ledgers.open(args[0])) {
            ledger.openAccount(LedgerRequest.of("open", Actor.regulator("bis")), ACCOUNT, 790_000_000L, "allocation");
            for (int i = 0; i < iterations && Instant.now().isBefore(deadline); i++) {
                LedgerResult reserved = ledger.reserve(LedgerRequest.of("reserve-" + i, exporter), ACCOUNT, 1_000,
                        Instant.now().plus(Duration.ofHours(1)));
                String id = ((LedgerResult.Recorded) reserved).reservationId().orElseThrow();
                LedgerResult committed = ledger.commit(LedgerRequest.of("commit-" + i, exporter), id);
                if (committed.isRecorded()) {
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
