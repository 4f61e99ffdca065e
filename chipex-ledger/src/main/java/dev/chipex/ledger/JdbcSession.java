package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.ChainLink;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerSession;
import dev.chipex.core.ledger.Reservation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One write transaction's view of the ledger tables, holding the chain head's lock. */
final class JdbcSession implements LedgerSession {
    private final Sql sql;
    private ChainLink head;

    private JdbcSession(Sql sql, ChainLink head) {
        this.sql = sql;
        this.head = head;
    }

    static JdbcSession locked(Connection connection, Dialect dialect) throws SQLException {
        Sql sql = new Sql(connection);
        ChainLink head = sql.one(dialect.lockHead(), List.of(), rs -> new ChainLink(rs.getLong(1), rs.getString(2)))
                .orElseThrow(() -> new SQLException("the ledger has no chain head row: was it migrated?"));
        return new JdbcSession(sql, head);
    }

    Sql sql() {
        return sql;
    }

    @Override
    public Optional<AccountBalance> account(String accountId) {
        return Rows.account(sql, accountId);
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId), Rows::reservation);
    }

    @Override
    public List<Reservation> overdueReservations(String accountId, Instant now) {
        return sql.list(Rows.RESERVATION + " WHERE account_id = ? AND state = 'HELD' AND expires_at <= ? ORDER BY id",
                List.of(accountId, now.toEpochMilli()), Rows::reservation);
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        return Rows.fleet(sql, veu);
    }

    @Override
    public boolean agreementExists(String agreementId) {
        return sql.one("SELECT 1 FROM agreement WHERE id = ?", List.of(agreementId), rs -> true).isPresent();
    }

    @Override
    public Optional<String> requestFingerprint(String idempotencyKey) {
        return sql.one("SELECT fingerprint FROM request WHERE request_key = ?", List.of(idempotencyKey),
                rs -> rs.getString(1));
    }

    @Override
    public List<JournalEntry> entriesOf(String idempotencyKey) {
        return sql.list(Rows.JOURNAL + " WHERE request_key = ? ORDER BY seq", List.of(idempotencyKey), Rows::entry);
    }

    @Override
    public ChainLink head() {
        return head;
    }

    @Override
    public void append(JournalEntry entry) {
        if (entry.sequence() != head.sequence() + 1 || !entry.previousHash().equals(head.hash())) {
            throw new IllegalStateException("entry " + entry.sequence() + " does not follow the head " + head);
        }
        Rows.insertEntry(sql, entry);
        sql.update("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1",
                List.of(entry.sequence(), entry.hash()));
        head = entry.link();
    }

    @Override
    public void saveAccount(AccountBalance b) {
        List<Object> values = List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(), b.account().id());
        if (sql.update("UPDATE account SET capacity_tpp = ?, committed_tpp = ?, reserved_tpp = ? WHERE id = ?",
                values) == 0) {
            sql.update("INSERT INTO account (capacity_tpp, committed_tpp, reserved_tpp, id, kind, holder, period) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(b.capacityTpp(), b.committedTpp(), b.reservedTpp(),
                    b.account().id(), b.account().kind().name(), b.account().holder(), b.account().period()));
        }
    }

    @Override
    public void saveReservation(Reservation r) {
        if (sql.update("UPDATE reservation SET state = ? WHERE id = ?", List.of(r.state().name(), r.id())) == 0) {
            sql.update("INSERT INTO reservation (id, account_id, amount_tpp, expires_at, state) VALUES (?, ?, ?, ?, ?)",
                    List.of(r.id(), r.accountId(), r.amountTpp(), r.expiresAt().toEpochMilli(), r.state().name()));
        }
    }

    @Override
    public void saveInstalled(String veu, String country, long installedTpp) {
        if (sql.update("UPDATE installed_compute SET installed_tpp = ? WHERE veu = ? AND country = ?",
                List.of(installedTpp, veu, country)) == 0) {
            sql.update("INSERT INTO installed_compute (installed_tpp, veu, country) VALUES (?, ?, ?)",
                    List.of(installedTpp, veu, country));
        }
    }

    @Override
    public void saveAgreement(Agreement a) {
        sql.update("INSERT INTO agreement (id, kind, country, effective_from, terms, quota_tpp, period) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(a.id(), a.kind().name(), a.country(),
                a.effectiveFrom().toString(), a.terms(), a.quotaTpp(), a.period()));
    }

    @Override
    public void rememberRequest(String idempotencyKey, String fingerprint) {
        sql.update("INSERT INTO request (request_key, fingerprint) VALUES (?, ?)", List.of(idempotencyKey, fingerprint));
    }
}
