package dev.chipex.core.ledger;

import java.util.List;
import java.util.Objects;

/** An account's balances and its reservations that are still held but past their expiry. */
public record DueAccount(AccountBalance balance, List<Reservation> overdue) {
    public DueAccount {
        Objects.requireNonNull(balance, "balance");
        overdue = List.copyOf(overdue);
    }
}
