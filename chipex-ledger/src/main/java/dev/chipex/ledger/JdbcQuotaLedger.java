package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.Adjustment;
import dev.chipex.core.ledger.Agreement;
import dev.chipex.core.ledger.Decided;
import dev.chipex.core.ledger.FleetShareCheck;
import dev.chipex.core.ledger.FleetShareRules;
import dev.chipex.core.ledger.Installation;
import dev.chipex.core.ledger.JournalEntry;
import dev.chipex.core.ledger.LedgerAudit;
import dev.chipex.core.ledger.LedgerClerk;
import dev.chipex.core.ledger.LedgerRequest;
import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.QuotaLedger;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ledger in a SQLite file or a PostgreSQL database. Every write, the audit too (so that it
 * sees no write half done), runs under the chain head's lock, in a transaction it may share with
 * other writes of this instance ({@link Transactions}).
 */
final class JdbcQuotaLedger implements QuotaLedger {
    private final LedgerClerk clerk;
    private final Transactions transactions;

    JdbcQuotaLedger(Database database, Clock clock, int poolSize) {
        this.clerk = new LedgerClerk(clock);
        this.transactions = new Transactions(database, poolSize);
    }

    @Override
    public LedgerResult openAccount(LedgerRequest request, QuotaAccount account, long capacityTpp, String reason) {
        return transactions.write(s -> clerk.openAccount(s, request, account, capacityTpp, reason));
    }

    @Override
    public LedgerResult reserve(LedgerRequest request, QuotaAccount account, long amountTpp, Instant expiresAt) {
        return transactions.write(s -> clerk.reserve(s, request, account, amountTpp, expiresAt));
    }

    @Override
    public LedgerResult commit(LedgerRequest request, String reservationId) {
        return transactions.write(s -> clerk.commit(s, request, reservationId));
    }

    @Override
    public LedgerResult release(LedgerRequest request, String reservationId) {
        return transactions.write(s -> clerk.release(s, request, reservationId));
    }

    @Override
    public LedgerResult adjust(LedgerRequest request, QuotaAccount account, Adjustment adjustment) {
        return transactions.write(s -> clerk.adjust(s, request, account, adjustment));
    }

    @Override
    public LedgerResult recordDebits(LedgerRequest request, List<QuotaDebit> debits) {
        return transactions.write(s -> clerk.recordDebits(s, request, debits));
    }

    @Override
    public <T> Decided<T> decideAndRecord(LedgerRequest request, Function<QuotaBook, T> decide,
                                          Function<T, List<QuotaDebit>> debitsOf) {
        return transactions.write(s -> clerk.decideAndRecord(s, request, decide, debitsOf));
    }

    @Override
    public LedgerResult recordAgreement(LedgerRequest request, Agreement agreement) {
        return transactions.write(s -> clerk.recordAgreement(s, request, agreement));
    }

    @Override
    public LedgerResult recordInstallation(LedgerRequest request, Installation installation, FleetShareRules rules) {
        return transactions.write(s -> clerk.recordInstallation(s, request, installation, rules));
    }

    @Override
    public FleetShareCheck checkDeployment(Installation installation, FleetShareRules rules) {
        return FleetShareCheck.of(fleet(installation.veu()), installation, rules);
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        long now = clerk.now().toEpochMilli();
        return transactions.read(sql -> sql.one("SELECT a.committed_tpp + a.reserved_tpp - "
                + "COALESCE((SELECT SUM(r.amount_tpp) "
                + "FROM reservation r WHERE r.account_id = a.id AND r.state = 'HELD' AND r.expires_at <= ?), 0) "
                + "FROM account a WHERE a.id = ?", List.of(now, account.id()), r -> r.getLong(1)).orElse(0L));
    }

    @Override
    public Optional<AccountBalance> balance(QuotaAccount account) {
        return transactions.read(sql -> Rows.account(sql, account.id()));
    }

    @Override
    public List<AccountBalance> accounts() {
        return transactions.read(sql -> sql.list(Rows.ACCOUNT + " ORDER BY id", List.of(), Rows::balance));
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return transactions.read(sql -> sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId),
                Rows::reservation));
    }

    @Override
    public List<Agreement> agreements() {
        return transactions.read(StoredState::agreements);
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        return transactions.read(sql -> Rows.fleet(sql, veu));
    }

    @Override
    public List<JournalEntry> history(Optional<String> accountId, long afterSequence, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(afterSequence));
        accountId.ifPresent(parameters::add);
        parameters.add(limit);
        return transactions.read(sql -> sql.list(Rows.JOURNAL + " WHERE seq > ?"
                + (accountId.isPresent() ? " AND account_id = ?" : "")
                + " ORDER BY seq LIMIT ?", parameters, Rows::entry));
    }

    @Override
    public LedgerAudit verify() {
        return transactions.write(StoredState::audit);
    }

    @Override
    public void close() {
        transactions.close();
    }
}
