package dev.chipex.server.api;

import dev.chipex.core.ledger.Actor;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;
import dev.chipex.server.access.Caller;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may see and change what in the ledger. A regulator: everything. An exporter key belongs to
 * one company and its changes are journalled with the actor {@code exporter:<company>}; it sees
 * <ul>
 *   <li>accounts held by its company (a consignee's {@code CONSIGNEE_YEAR/<company>/...}, with case
 *       and spacing ignored as the engine does), and the national quotas every shipment draws on
 *       ({@code COUNTRY_ALLOCATION}, {@code DEAL}) — never another company's account;</li>
 *   <li>journal entries whose actor is its company, and reservations its company made.</li>
 * </ul>
 * It reserves only on accounts it sees, and commits or releases only its company's reservations.
 * Anything else is a 403, reported to the denial log like every refusal.
 */
final class Ownership {
    private Ownership() {
    }

    static Actor actor(Caller caller) {
        return caller.isRegulator() ? Actor.regulator(caller.name()) : Actor.exporter(caller.company().orElseThrow());
    }

    static boolean sees(Caller caller, QuotaAccount account) {
        if (caller.isRegulator() || account.kind() == QuotaKind.COUNTRY_ALLOCATION || account.kind() == QuotaKind.DEAL) {
            return true;
        }
        String holder = account.holder();
        int at = holder.indexOf('@');
        return normal(at < 0 ? holder : holder.substring(0, at)).equals(normal(caller.company().orElse("")));
    }

    static boolean sees(Caller caller, JournalEntry entry) {
        return caller.isRegulator() || entry.actor().equals(actor(caller).label());
    }

    static void requireSees(Caller caller, QuotaAccount account) {
        if (!sees(caller, account)) {
            throw ApiException.forbidden("account " + account.id() + " belongs to another company; an exporter key of "
                    + caller.company().orElse("") + " sees its own accounts and the national allocations");
        }
    }

    /** 403 unless the caller's company made the reservation (or the caller is a regulator). */
    static void requireOwns(Caller caller, QuotaLedger ledger, Reservation reservation) {
        if (caller.isRegulator()) {
            return;
        }
        String label = actor(caller).label();
        if (!reservedBy(ledger, reservation).map(label::equals).orElse(false)) {
            throw ApiException.forbidden("reservation " + reservation.id() + " was made by another company; an "
                    + "exporter key settles only its own company's reservations");
        }
    }

    /** The actor of the journal entry that made the reservation. */
    static Optional<String> reservedBy(QuotaLedger ledger, Reservation reservation) {
        long after = 0;
        while (true) {
            List<JournalEntry> page = ledger.history(Optional.of(reservation.accountId()), after, 500);
            for (JournalEntry e : page) {
                if (e.type() == EntryType.QUOTA_RESERVED && reservation.id().equals(e.reservationId())) {
                    return Optional.of(e.actor());
                }
            }
            if (page.size() < 500) {
                return Optional.empty();
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    /** A company or consignee name as the engine keys accounts: case and spacing ignored. */
    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
