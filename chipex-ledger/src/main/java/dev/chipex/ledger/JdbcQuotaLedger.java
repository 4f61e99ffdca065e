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
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The ledger in a SQLite file or a PostgreSQL database; every request is one transaction. */
final class JdbcQuotaLedger implements QuotaLedger {
    private final LedgerClerk clerk;
    private final Transactions transactions;

    JdbcQuotaLedger(Database database, Clock clock, int poolSize) {
        this.clerk = new LedgerClerk(clock);
        this.transactions = new Transactions(database, poolSize, clerk::now);
    }

    @Override
    public LedgerResult openAccount(LedgerRequest request, QuotaAccount account, long capacityTpp, String reason) {
        return write(request, Set.of(account.id()), s -> clerk.openAccount(s, request, account, capacityTpp, reason));
    }

    @Override
    public LedgerResult reserve(LedgerRequest request, QuotaAccount account, long amountTpp, Instant expiresAt) {
        return write(request, Set.of(account.id()), s -> clerk.reserve(s, request, account, amountTpp, expiresAt));
    }

    @Override
    public LedgerResult commit(LedgerRequest request, String reservationId) {
        return write(request, Set.of(), s -> clerk.commit(s, request, reservationId));
    }

    @Override
    public LedgerResult release(LedgerRequest request, String reservationId) {
        return write(request, Set.of(), s -> clerk.release(s, request, reservationId));
    }

    @Override
    public LedgerResult adjust(LedgerRequest request, QuotaAccount account, Adjustment adjustment) {
        return write(request, Set.of(account.id()), s -> clerk.adjust(s, request, account, adjustment));
    }

    @Override
    public LedgerResult recordDebits(LedgerRequest request, List<QuotaDebit> debits) {
        return write(request, debits.stream().map(d -> d.account().id()).collect(Collectors.toSet()),
                s -> clerk.recordDebits(s, request, debits));
    }

    @Override
    public <T> Decided<T> decideAndRecord(LedgerRequest request, Function<QuotaBook, T> decide,
                                          Function<T, List<QuotaDebit>> debitsOf) {
        return write(request, Set.of(), s -> clerk.decideAndRecord(s, request, decide, debitsOf));
    }

    @Override
    public LedgerResult recordAgreement(LedgerRequest request, Agreement agreement) {
        return write(request, Set.of(), s -> clerk.recordAgreement(s, request, agreement));
    }

    @Override
    public LedgerResult recordInstallation(LedgerRequest request, Installation installation, FleetShareRules rules) {
        return write(request, Set.of(), s -> clerk.recordInstallation(s, request, installation, rules));
    }

    @Override
    public FleetShareCheck checkDeployment(Installation installation, FleetShareRules rules) {
        return FleetShareCheck.of(fleet(installation.veu()), installation, rules);
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        long now = clerk.now().toEpochMilli();
        return read(sql -> sql.one("SELECT a.committed_tpp + a.reserved_tpp - COALESCE((SELECT SUM(r.amount_tpp) "
                + "FROM reservation r WHERE r.account_id = a.id AND r.state = 'HELD' AND r.expires_at <= ?), 0) "
                + "FROM account a WHERE a.id = ?", List.of(now, account.id()), r -> r.getLong(1)).orElse(0L));
    }

    @Override
    public Optional<AccountBalance> balance(QuotaAccount account) {
        return read(sql -> Rows.account(sql, account.id()));
    }

    @Override
    public List<AccountBalance> accounts() {
        return read(sql -> sql.list(Rows.ACCOUNT + " ORDER BY id", List.of(), Rows::balance));
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return read(sql -> sql.one(Rows.RESERVATION + " WHERE id = ?", List.of(reservationId), Rows::reservation));
    }

    @Override
    public List<Agreement> agreements() {
        return read(StoredState::agreements);
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        return read(sql -> Rows.fleet(sql, veu));
    }

    @Override
    public List<JournalEntry> history(Optional<String> accountId, long afterSequence, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(afterSequence));
        accountId.ifPresent(parameters::add);
        parameters.add(limit);
        return read(sql -> sql.list(Rows.JOURNAL + " WHERE seq > ?" + (accountId.isPresent() ? " AND account_id = ?" : "")
                + " ORDER BY seq LIMIT ?", parameters, Rows::entry));
    }

    @Override
    public LedgerAudit verify() {
        return transactions.write(Optional.empty(), Set.of(), StoredState::audit);
    }

    /** A write of one request; {@code accountIds}, the accounts it names, are read ahead with its batch. */
    private <T> T write(LedgerRequest request, Set<String> accountIds, Function<JdbcSession, T> work) {
        return transactions.write(Optional.of(request.idempotencyKey()), accountIds, work);
    }

    /** How many batches committed on what was known, without the lock (for tests). */
    long knownCommits() {
        return transactions.knownCommits();
    }

    private <T> T read(Function<Sql, T> work) {
        return transactions.read(work::apply);
    }

    @Override
    public void close() {
        transactions.close();
    }
}
