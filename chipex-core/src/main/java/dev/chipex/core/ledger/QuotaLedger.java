package dev.chipex.core.ledger;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The durable quota ledger port. Every state change takes a {@link LedgerRequest} (idempotency
 * key and actor), is written to the hash-chained journal, and answers with a {@link
 * LedgerResult}: quota exhaustion is a refusal, not an exception. Implementations are safe for
 * concurrent use: concurrent requests on one account never overdraw it. A request may be run more
 * than once before it is answered (a database ledger retries a transaction that met a busy
 * database, a serialization failure or a deadlock); the ledger's own operations are repeatable,
 * and what a caller hands in must be too ({@link #decideAndRecord}).
 */
public interface QuotaLedger extends QuotaBook, AutoCloseable {

    /** A regulator opens an account with its capacity (e.g. a country's allocation for 2025-2027). */
    LedgerResult openAccount(LedgerRequest request, QuotaAccount account, long capacityTpp, String reason);

    /** Holds quota for a pending shipment until {@code expiresAt}; refused if the account has too little. */
    LedgerResult reserve(LedgerRequest request, QuotaAccount account, long amountTpp, Instant expiresAt);

    LedgerResult commit(LedgerRequest request, String reservationId);

    LedgerResult release(LedgerRequest request, String reservationId);

    /** A regulator changes an account's capacity or use, with a reason. */
    LedgerResult adjust(LedgerRequest request, QuotaAccount account, Adjustment adjustment);

    /**
     * Records a determination's debits, all or none: refused whole if any account would be
     * overdrawn. Accounts not yet open are opened with the capacity the debit carries.
     */
    LedgerResult recordDebits(LedgerRequest request, List<QuotaDebit> debits);

    /**
     * Runs {@code decide} against the live balances and records the debits {@code debitsOf} finds in
     * the decision, in one transaction: what {@code chipex check --ledger URL --commit} calls. A
     * replayed key returns the first recording; the decision is made again on the current balances,
     * less that key's own debits.
     *
     * <p>{@code decide} and {@code debitsOf} may run more than once for one call: a database ledger
     * runs the whole request again when its transaction must be retried (a busy database, a
     * serialization failure, a deadlock), on the balances as they are then. They must therefore be
     * repeatable: a function of the book handed in (and of what does not change between runs), with
     * no effects of their own, since only the run whose transaction committed counts and its
     * decision is the one returned. Each run holds the ledger's write lock, so {@code decide}
     * should be quick.
     */
    <T> Decided<T> decideAndRecord(LedgerRequest request, Function<QuotaBook, T> decide,
                                   Function<T, List<QuotaDebit>> debitsOf);

    LedgerResult recordAgreement(LedgerRequest request, Agreement agreement);

    /** Records a validated end user's deployment if every fleet-share rule still holds after it. */
    LedgerResult recordInstallation(LedgerRequest request, Installation installation, FleetShareRules rules);

    /** Checks a deployment against the fleet-share rules without recording it. */
    FleetShareCheck checkDeployment(Installation installation, FleetShareRules rules);

    Optional<AccountBalance> balance(QuotaAccount account);

    /** Every account, ordered by id. */
    List<AccountBalance> accounts();

    Optional<Reservation> reservation(String reservationId);

    List<Agreement> agreements();

    /** A validated end user's installed compute, TPP by country. */
    Map<String, Long> fleet(String veu);

    /**
     * Journal entries after {@code afterSequence}, oldest first, at most {@code limit}; only those
     * of one account (or fleet position, or agreement) when {@code accountId} is given.
     */
    List<JournalEntry> history(Optional<String> accountId, long afterSequence, int limit);

    /** Re-derives every balance from the journal and checks the hash chain. */
    LedgerAudit verify();

    @Override
    void close();
}
