package dev.chipex.core.ledger;

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
import java.util.stream.Collectors;

/**
 * The ledger in memory, for tests, batch checks and simulations that need the ledger's rules but
 * not its durability. Thread-safe: every call holds the one lock, which makes each request a
 * transaction.
 */
public final class InMemoryQuotaLedger implements QuotaLedger {
    private final LedgerClerk clerk;
    private final MapSession state = new MapSession();

    public InMemoryQuotaLedger(Clock clock) {
        this.clerk = new LedgerClerk(clock);
    }

    private synchronized <T> T locked(Function<MapSession, T> work) {
        return work.apply(state);
    }

    @Override
    public LedgerResult openAccount(LedgerRequest request, QuotaAccount account, long capacityTpp, String reason) {
        return locked(s -> clerk.openAccount(s, request, account, capacityTpp, reason));
    }

    @Override
    public LedgerResult reserve(LedgerRequest request, QuotaAccount account, long amountTpp, Instant expiresAt) {
        return locked(s -> clerk.reserve(s, request, account, amountTpp, expiresAt));
    }

    @Override
    public LedgerResult commit(LedgerRequest request, String reservationId) {
        return locked(s -> clerk.commit(s, request, reservationId));
    }

    @Override
    public LedgerResult release(LedgerRequest request, String reservationId) {
        return locked(s -> clerk.release(s, request, reservationId));
    }

    @Override
    public LedgerResult adjust(LedgerRequest request, QuotaAccount account, Adjustment adjustment) {
        return locked(s -> clerk.adjust(s, request, account, adjustment));
    }

    @Override
    public LedgerResult recordDebits(LedgerRequest request, List<QuotaDebit> debits) {
        return locked(s -> clerk.recordDebits(s, request, debits));
    }

    @Override
    public <T> Decided<T> decideAndRecord(LedgerRequest request, Function<QuotaBook, T> decide,
                                          Function<T, List<QuotaDebit>> debitsOf) {
        return locked(s -> clerk.decideAndRecord(s, request, decide, debitsOf));
    }

    @Override
    public LedgerResult recordAgreement(LedgerRequest request, Agreement agreement) {
        return locked(s -> clerk.recordAgreement(s, request, agreement));
    }

    @Override
    public LedgerResult recordInstallation(LedgerRequest request, Installation installation, FleetShareRules rules) {
        return locked(s -> clerk.recordInstallation(s, request, installation, rules));
    }

    @Override
    public FleetShareCheck checkDeployment(Installation installation, FleetShareRules rules) {
        return locked(s -> FleetShareCheck.of(s.fleet(installation.veu()), installation, rules));
    }

    @Override
    public long usedTpp(QuotaAccount account) {
        return locked(s -> Expiry.usedTpp(s, account.id(), clerk.now()));
    }

    @Override
    public Optional<AccountBalance> balance(QuotaAccount account) {
        return locked(s -> s.account(account.id()));
    }

    @Override
    public List<AccountBalance> accounts() {
        return locked(s -> List.copyOf(s.accounts.values()));
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return locked(s -> s.reservation(reservationId));
    }

    @Override
    public List<Agreement> agreements() {
        return locked(s -> List.copyOf(s.agreements.values()));
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        return locked(s -> s.fleet(veu));
    }

    @Override
    public List<JournalEntry> history(Optional<String> accountId, long afterSequence, int limit) {
        return locked(s -> s.journal.stream()
                .filter(e -> e.sequence() > afterSequence && accountId.map(e.accountId()::equals).orElse(true))
                .limit(limit).collect(Collectors.toCollection(ArrayList::new)));
    }

    @Override
    public LedgerAudit verify() {
        return locked(s -> JournalAudit.of(s.journal, s.head(), s.projection()));
    }

    @Override
    public void close() {
        // nothing to release: the state lives and dies with this object
    }
}
