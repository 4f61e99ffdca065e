package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.Optional;

/**
 * Gives back reservations whose time has run out, before anything else touches their account.
 * Each expiry is a journal entry of its own, keyed by the reservation, so balances stay
 * derivable from the journal alone.
 */
final class Expiry {
    static final String KEY_PREFIX = "ledger:expire:";
    static final String ACTOR = "system:ledger";

    private Expiry() {
    }

    /** The account's balance after expiring its overdue reservations; empty for an unknown account. */
    static Optional<AccountBalance> sweep(LedgerSession session, String accountId, Instant now) {
        Optional<DueAccount> found = session.dueAccount(accountId, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccountBalance balance = found.get().balance();
        for (Reservation held : found.get().overdue()) {
            balance = balance.withUse(balance.committedTpp(), balance.reservedTpp() - held.amountTpp());
            session.saveReservation(held.in(ReservationState.EXPIRED));
            new Batch(session, KEY_PREFIX + held.id(), ACTOR, now)
                    .account(EntryType.RESERVATION_EXPIRED, balance, held.amountTpp(), held,
                            "expired at " + held.expiresAt());
        }
        return Optional.of(balance);
    }

    /** What the account uses at {@code now}: overdue reservations no longer count. */
    static long usedTpp(LedgerSession session, String accountId, Instant now) {
        return session.dueAccount(accountId, now).map(due -> due.balance().usedTpp() - due.overdue().stream()
                .mapToLong(Reservation::amountTpp).sum()).orElse(0L);
    }
}
