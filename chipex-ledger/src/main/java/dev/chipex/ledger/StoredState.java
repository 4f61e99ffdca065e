package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.JournalAudit;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.Projection;
import dev.chipex.core.ledger.Reservation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the whole journal and the tables projected from it, for the audit. */
final class StoredState {
    private StoredState() {
    }

    static LedgerAudit audit(JdbcSession session) {
        Sql sql = session.sql();
        JournalAudit audit = new JournalAudit();
        sql.each(Rows.JOURNAL + " ORDER BY seq", List.of(), Rows::entry, audit::check);
        return audit.finish(session.head(), projection(sql));
    }

    static Projection projection(Sql sql) {
        Map<String, AccountBalance> accounts = new HashMap<>();
        sql.each(Rows.ACCOUNT, List.of(), Rows::balance, b -> accounts.put(b.account().id(), b));
        Map<String, Reservation> reservations = new HashMap<>();
        sql.each(Rows.RESERVATION, List.of(), Rows::reservation, r -> reservations.put(r.id(), r));
        Map<String, Long> installed = new HashMap<>();
        sql.each("SELECT veu, country, installed_tpp FROM installed_compute", List.of(),
                r -> Map.entry(r.getString(1) + "@" + r.getString(2), r.getLong(3)),
                e -> installed.put(e.getKey(), e.getValue()));
        Map<String, String> agreements = new HashMap<>();
        sql.each(Rows.AGREEMENT, List.of(), Rows::agreement, a -> agreements.put(a.id(), a.describe()));
        return new Projection(accounts, reservations, installed, agreements);
    }

    static List<Agreement> agreements(Sql sql) {
        return sql.list(Rows.AGREEMENT + " ORDER BY id", List.of(), Rows::agreement);
    }
}
