package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.EntryType;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaKind;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The ledger tables' columns, read into the core's records and written from them. */
final class Rows {
    private static final String ENTRY_COLUMNS = "seq, request_key, recorded_at, entry_type, account_id, amount_tpp, "
            + "reservation_id, expires_at, capacity_after, committed_after, reserved_after, actor, note, prev_hash, hash";
    static final String JOURNAL = "SELECT " + ENTRY_COLUMNS + " FROM journal";
    /**
     * A request's fingerprint (parameter: its key), kept on its last entry (the only entries with
     * one: the partial unique index journal_request).
     */
    static final String FINGERPRINT = "SELECT fingerprint FROM journal WHERE fingerprint IS NOT NULL AND request_key = ?";
    /**
     * The entries a request wrote (parameter: its key): from its last entry, found by the partial
     * index, back to its first by sequence number. The key is checked on each, so an entry of
     * another key in between (none is written so) could not be taken for one of the request's.
     */
    static final String ENTRIES_OF = "SELECT " + ENTRY_COLUMNS.replaceAll("(\\w+)", "e.$1") + " FROM journal r "
            + "JOIN journal e ON e.seq BETWEEN r.request_first_seq AND r.seq AND e.request_key = r.request_key "
            + "WHERE r.fingerprint IS NOT NULL AND r.request_key = ? ORDER BY e.seq";
    static final String ACCOUNT = "SELECT kind, holder, period, capacity_tpp, committed_tpp, reserved_tpp FROM account";
    static final String RESERVATION = "SELECT id, account_id, amount_tpp, expires_at, state FROM reservation";
    /**
     * An account joined to its held reservations due by a time (parameters: that time, the
     * account's id): every request on an account reads both first, so in one query, in which the
     * reservation_due index finds the reservations.
     */
    static final String DUE_ACCOUNT = "SELECT a.kind, a.holder, a.period, a.capacity_tpp, a.committed_tpp, "
            + "a.reserved_tpp, r.id, r.account_id, r.amount_tpp, r.expires_at, r.state FROM account a LEFT JOIN "
            + "reservation r ON r.account_id = a.id AND r.state = 'HELD' AND r.expires_at <= ? WHERE a.id = ? "
            + "ORDER BY r.id";
    static final String AGREEMENT = "SELECT id, kind, country, effective_from, terms, quota_tpp, period FROM agreement";

    private Rows() {
    }

    static JournalEntry entry(ResultSet r) throws SQLException {
        long expires = r.getLong(8);
        Instant expiresAt = r.wasNull() ? null : Instant.ofEpochMilli(expires);
        return new JournalEntry(r.getLong(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                EntryType.valueOf(r.getString(4)), r.getString(5), r.getLong(6), r.getString(7), expiresAt,
                r.getLong(9), r.getLong(10), r.getLong(11), r.getString(12), r.getString(13), r.getString(14),
                r.getString(15));
    }

    static AccountBalance balance(ResultSet r) throws SQLException {
        return new AccountBalance(new QuotaAccount(QuotaKind.valueOf(r.getString(1)), r.getString(2), r.getString(3)),
                r.getLong(4), r.getLong(5), r.getLong(6));
    }

    static Optional<AccountBalance> account(Sql sql, String accountId) {
        return sql.one(ACCOUNT + " WHERE id = ?", List.of(accountId), Rows::balance);
    }

    static Reservation reservation(ResultSet r) throws SQLException {
        return reservation(r, 1);
    }

    /** A reservation whose five columns start at column {@code first}, after those of a joined table. */
    static Reservation reservation(ResultSet r, int first) throws SQLException {
        return new Reservation(r.getString(first), r.getString(first + 1), r.getLong(first + 2),
                Instant.ofEpochMilli(r.getLong(first + 3)), ReservationState.valueOf(r.getString(first + 4)));
    }

    static Agreement agreement(ResultSet r) throws SQLException {
        return new Agreement(r.getString(1), Agreement.Kind.valueOf(r.getString(2)), r.getString(3),
                LocalDate.parse(r.getString(4)), r.getString(5), r.getLong(6), r.getString(7));
    }

    static Map<String, Long> fleet(Sql sql, String veu) {
        Map<String, Long> fleet = new TreeMap<>();
        sql.each("SELECT country, installed_tpp FROM installed_compute WHERE veu = ?", List.of(veu),
                r -> Map.entry(r.getString(1), r.getLong(2)), e -> fleet.put(e.getKey(), e.getValue()));
        return fleet;
    }
}
