package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.Objects;

/** Quota held on an account for a pending shipment until it is committed, released or expires. */
public record Reservation(String id, String accountId, long amountTpp, Instant expiresAt, ReservationState state) {
    public Reservation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(state, "state");
        if (amountTpp <= 0) {
            throw new IllegalArgumentException("a reservation holds a positive amount");
        }
    }

    /** Held, but its time has run out at {@code now}: no longer counts as used. */
    public boolean isOverdue(Instant now) {
        return state == ReservationState.HELD && !expiresAt.isAfter(now);
    }

    Reservation in(ReservationState newState) {
        return new Reservation(id, accountId, amountTpp, expiresAt, newState);
    }
}
