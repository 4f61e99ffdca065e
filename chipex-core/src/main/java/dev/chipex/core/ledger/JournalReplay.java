package dev.chipex.core.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Applies journal entries one by one to rebuild the state, noting entries whose stated balances differ. */
final class JournalReplay {
    private final List<AuditFinding> findings;
    private final Map<String, long[]> balances = new HashMap<>();
    private final Map<String, Reservation> reservations = new HashMap<>();
    private final Map<String, Long> installed = new HashMap<>();
    private final Map<String, String> agreements = new HashMap<>();

    JournalReplay(List<AuditFinding> findings) {
        this.findings = findings;
    }

    void apply(JournalEntry e) {
        long[] b = balances.computeIfAbsent(e.accountId(), id -> new long[3]);
        long amount = e.amountTpp();
        switch (e.type()) {
            case ACCOUNT_OPENED -> b[0] = amount;
            case CAPACITY_ADJUSTED -> b[0] += amount;
            case QUOTA_DEBITED, USE_ADJUSTED -> b[1] += amount;
            case QUOTA_RESERVED -> {
                b[2] += amount;
                reservations.put(e.reservationId(), new Reservation(e.reservationId(), e.accountId(), amount,
                        e.expiresAt(), ReservationState.HELD));
            }
            case RESERVATION_COMMITTED -> settle(e, b, ReservationState.COMMITTED);
            case RESERVATION_RELEASED -> settle(e, b, ReservationState.RELEASED);
            case RESERVATION_EXPIRED -> settle(e, b, ReservationState.EXPIRED);
            case COMPUTE_INSTALLED -> b[1] = installed.merge(e.accountId(), amount, Long::sum);
            case AGREEMENT_RECORDED -> agreements.put(e.accountId(), e.note());
        }
        if (b[0] != e.capacityAfterTpp() || b[1] != e.committedAfterTpp() || b[2] != e.reservedAfterTpp()) {
            findings.add(new AuditFinding(e.sequence(), AuditFinding.Kind.BALANCE_MISMATCH, e.accountId()
                    + " states capacity/committed/reserved " + e.capacityAfterTpp() + "/" + e.committedAfterTpp()
                    + "/" + e.reservedAfterTpp() + " but the journal gives " + b[0] + "/" + b[1] + "/" + b[2]));
        }
    }

    private void settle(JournalEntry e, long[] b, ReservationState to) {
        Reservation held = reservations.get(e.reservationId());
        if (held == null || held.state() != ReservationState.HELD || e.amountTpp() != held.amountTpp()) {
            findings.add(new AuditFinding(e.sequence(), AuditFinding.Kind.BALANCE_MISMATCH, "settles "
                    + e.reservationId() + ", which the journal does not show held for " + e.amountTpp() + " TPP"));
            return;
        }
        b[2] -= held.amountTpp();
        b[1] += to == ReservationState.COMMITTED ? held.amountTpp() : 0;
        reservations.put(held.id(), held.in(to));
    }

    Projection projection() {
        Map<String, AccountBalance> accounts = new HashMap<>();
        balances.forEach((id, b) -> {
            if (!installed.containsKey(id) && !agreements.containsKey(id)) {
                try {
                    accounts.put(id, new AccountBalance(AccountIds.parse(id), b[0], b[1], b[2]));
                } catch (RuntimeException invalid) {
                    findings.add(new AuditFinding(0, AuditFinding.Kind.BALANCE_MISMATCH, "the journal gives "
                            + id + " impossible balances: " + invalid.getMessage()));
                }
            }
        });
        return new Projection(accounts, reservations, installed, agreements);
    }
}
