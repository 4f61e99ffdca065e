package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link LedgerClerk} needs from a store inside one transaction: the current state (the
 * projection of the journal) and the writes. A store runs each clerk call in one serializable
 * transaction, so the clerk sees no concurrent change and its writes land all together or not at
 * all. A store may roll a call back and run it again on a fresh session (a retried transaction),
 * so a clerk call reads everything it decides on from the session and keeps nothing from one run
 * to the next. The JDBC ledger and the in-memory ledger are the two implementations.
 */
public interface LedgerSession {
    Optional<AccountBalance> account(String accountId);

    Optional<Reservation> reservation(String reservationId);

    /**
     * The account with its reservations still HELD whose expiry is at or before {@code now}; empty
     * for an unknown account. One call, because every request on an account needs both first.
     */
    Optional<DueAccount> dueAccount(String accountId, Instant now);

    /** A validated end user's installed compute, TPP by country. */
    Map<String, Long> fleet(String veu);

    boolean agreementExists(String agreementId);

    /** The fingerprint of the request first made with this key, if any. */
    Optional<String> requestFingerprint(String idempotencyKey);

    /** The entries a request wrote, in sequence order. */
    List<JournalEntry> entriesOf(String idempotencyKey);

    /** The last entry's sequence and hash. */
    ChainLink head();

    /** Appends to the journal and moves the head; the entry must follow {@link #head()}. */
    void append(JournalEntry entry);

    void saveAccount(AccountBalance balance);

    /**
     * Saves a reservation: HELD means new (a reservation is made HELD and only ever leaves that
     * state), any other state is a change to one saved before.
     */
    void saveReservation(Reservation reservation);

    void saveInstalled(String veu, String country, long installedTpp);

    void saveAgreement(Agreement agreement);

    void rememberRequest(String idempotencyKey, String fingerprint);
}
