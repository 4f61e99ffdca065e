package dev.chipex.core.ledger;

import dev.chipex.core.quota.QuotaAccount;
import dev.chipex.core.quota.QuotaBook;
import dev.chipex.core.quota.QuotaDebit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules of every state-changing ledger operation, written once over a {@link LedgerSession}.
 * Each method first replays a known idempotency key, then checks everything, and only then
 * writes, so a refused request leaves nothing behind (apart from expiring overdue reservations,
 * which the ledger records under its own keys). Time comes from the clock, truncated to
 * milliseconds, the journal's resolution.
 */
public final class LedgerClerk {
    private final Clock clock;

    public LedgerClerk(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public LedgerResult openAccount(LedgerSession session, LedgerRequest request, QuotaAccount account,
                                    long capacityTpp, String reason) {
        if (capacityTpp < 0) {
            throw new IllegalArgumentException("an account's capacity cannot be negative");
        }
        String fingerprint = "open|" + account.id() + "|" + capacityTpp;
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            if (!request.actor().isRegulator()) {
                return refused(request, Refusal.NOT_AUTHORISED, "only a regulator opens accounts", -1);
            }
            if (session.account(account.id()).isPresent()) {
                return refused(request, Refusal.ACCOUNT_EXISTS, account.id() + " is already open; a regulator "
                        + "changes its capacity with an adjustment", -1);
            }
            Batch batch = batch(session, request);
            batch.account(EntryType.ACCOUNT_OPENED, AccountBalance.opened(account, capacityTpp), capacityTpp, null,
                    reason);
            return batch.recorded(fingerprint);
        });
    }

    public LedgerResult reserve(LedgerSession session, LedgerRequest request, QuotaAccount account, long amountTpp,
                                Instant expiresAt) {
        if (amountTpp <= 0) {
            throw new IllegalArgumentException("a reservation holds a positive amount of TPP");
        }
        String fingerprint = "reserve|" + account.id() + "|" + amountTpp;
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            Instant now = now();
            if (!expiresAt.isAfter(now)) {
                throw new IllegalArgumentException("a reservation must expire after now (" + now + ")");
            }
            Optional<AccountBalance> found = Expiry.sweep(session, account.id(), now);
            if (found.isEmpty()) {
                return unknownAccount(request, account.id());
            }
            AccountBalance balance = found.get();
            if (balance.availableTpp() < amountTpp) {
                return insufficient(request, balance, amountTpp);
            }
            Batch batch = batch(session, request);
            Reservation held = new Reservation(batch.nextReservationId(), account.id(), amountTpp,
                    expiresAt.truncatedTo(ChronoUnit.MILLIS), ReservationState.HELD);
            session.saveReservation(held);
            batch.account(EntryType.QUOTA_RESERVED, balance.withUse(balance.committedTpp(),
                    balance.reservedTpp() + amountTpp), amountTpp, held, "");
            return batch.recorded(fingerprint);
        });
    }

    public LedgerResult commit(LedgerSession session, LedgerRequest request, String reservationId) {
        return settle(session, request, reservationId, ReservationState.COMMITTED);
    }

    public LedgerResult release(LedgerSession session, LedgerRequest request, String reservationId) {
        return settle(session, request, reservationId, ReservationState.RELEASED);
    }

    private LedgerResult settle(LedgerSession session, LedgerRequest request, String reservationId,
                                ReservationState to) {
        String fingerprint = to + "|" + reservationId;
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            Optional<Reservation> found = session.reservation(reservationId);
            if (found.isEmpty()) {
                return refused(request, Refusal.UNKNOWN_RESERVATION, "no reservation '" + reservationId + "'", -1);
            }
            Expiry.sweep(session, found.get().accountId(), now());
            Reservation reservation = session.reservation(reservationId).orElseThrow();
            if (reservation.state() == ReservationState.EXPIRED) {
                return refused(request, Refusal.RESERVATION_EXPIRED, reservationId + " expired at "
                        + reservation.expiresAt() + "; reserve again", -1);
            }
            if (reservation.state() != ReservationState.HELD) {
                return refused(request, Refusal.RESERVATION_SETTLED, reservationId + " is already "
                        + reservation.state().name().toLowerCase(java.util.Locale.ROOT), -1);
            }
            AccountBalance balance = session.account(reservation.accountId()).orElseThrow();
            long committed = balance.committedTpp() + (to == ReservationState.COMMITTED ? reservation.amountTpp() : 0);
            Batch batch = batch(session, request);
            session.saveReservation(reservation.in(to));
            batch.account(to == ReservationState.COMMITTED ? EntryType.RESERVATION_COMMITTED
                            : EntryType.RESERVATION_RELEASED,
                    balance.withUse(committed, balance.reservedTpp() - reservation.amountTpp()),
                    reservation.amountTpp(), reservation, "");
            return batch.recorded(fingerprint);
        });
    }

    public LedgerResult adjust(LedgerSession session, LedgerRequest request, QuotaAccount account,
                               Adjustment adjustment) {
        String fingerprint = "adjust|" + account.id() + "|" + adjustment.target() + "|" + adjustment.deltaTpp();
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            if (!request.actor().isRegulator()) {
                return refused(request, Refusal.NOT_AUTHORISED, "only a regulator adjusts an account", -1);
            }
            Optional<AccountBalance> found = Expiry.sweep(session, account.id(), now());
            if (found.isEmpty()) {
                return unknownAccount(request, account.id());
            }
            AccountBalance b = found.get();
            long delta = adjustment.deltaTpp();
            boolean capacity = adjustment.target() == Adjustment.Target.CAPACITY;
            long newCapacity = capacity ? b.capacityTpp() + delta : b.capacityTpp();
            long newCommitted = capacity ? b.committedTpp() : b.committedTpp() + delta;
            if (newCommitted < 0 || newCapacity < newCommitted + b.reservedTpp()) {
                return refused(request, Refusal.INSUFFICIENT_QUOTA, "adjusting " + account.id() + " by " + delta
                        + " TPP would leave it overdrawn or negative (capacity " + b.capacityTpp() + ", committed "
                        + b.committedTpp() + ", reserved " + b.reservedTpp() + ")", b.availableTpp());
            }
            Batch batch = batch(session, request);
            batch.account(capacity ? EntryType.CAPACITY_ADJUSTED : EntryType.USE_ADJUSTED,
                    new AccountBalance(b.account(), newCapacity, newCommitted, b.reservedTpp()), delta, null,
                    adjustment.reason());
            return batch.recorded(fingerprint);
        });
    }

    public LedgerResult recordDebits(LedgerSession session, LedgerRequest request,
                                     List<QuotaDebit> debits) {
        return DebitRecording.record(this, session, request, debits);
    }

    /**
     * Decides against the balances this session sees and records the decision's debits in the same
     * transaction, so no other request can take the quota in between. A retry with a key already
     * used decides on the balances without that key's own debits, so it gets the first answer
     * again (and the first entries, replayed) rather than a decision that counts itself twice.
     * {@code decide} runs once per call here; the store may make the call again (see
     * {@link QuotaLedger#decideAndRecord}).
     */
    public <T> Decided<T> decideAndRecord(LedgerSession session, LedgerRequest request,
                                          Function<QuotaBook, T> decide, Function<T, List<QuotaDebit>> debitsOf) {
        Instant now = now();
        List<JournalEntry> earlier = session.requestFingerprint(request.idempotencyKey()).isPresent()
                ? session.entriesOf(request.idempotencyKey()) : List.of();
        T decision = decide.apply(account -> Expiry.usedTpp(session, account.id(), now) - earlier.stream()
                .filter(e -> e.type() == EntryType.QUOTA_DEBITED && e.accountId().equals(account.id()))
                .mapToLong(JournalEntry::amountTpp).sum());
        List<QuotaDebit> debits = debitsOf.apply(decision);
        return new Decided<>(decision, debits.isEmpty() ? Optional.empty()
                : Optional.of(recordDebits(session, request, debits)));
    }

    public LedgerResult recordAgreement(LedgerSession session, LedgerRequest request, Agreement agreement) {
        return AgreementRecording.record(this, session, request, agreement);
    }

    public LedgerResult recordInstallation(LedgerSession session, LedgerRequest request, Installation installation,
                                           FleetShareRules rules) {
        String fingerprint = "install|" + installation.positionId() + "|" + installation.tpp();
        return Replays.of(session, request, fingerprint).orElseGet(() -> {
            FleetShareCheck check = FleetShareCheck.of(session.fleet(installation.veu()), installation, rules);
            if (!check.allowed()) {
                return refused(request, Refusal.FLEET_SHARE_EXCEEDED, "deploying " + installation.tpp() + " TPP in "
                        + installation.country() + " would break " + check.broken(), -1);
            }
            long after = session.fleet(installation.veu()).getOrDefault(installation.country(), 0L)
                    + installation.tpp();
            Batch batch = batch(session, request);
            session.saveInstalled(installation.veu(), installation.country(), after);
            batch.write(EntryType.COMPUTE_INSTALLED, installation.positionId(), installation.tpp(), null,
                    new long[] {0, after, 0}, check.checks().toString());
            return batch.recorded(fingerprint);
        });
    }

    Batch batch(LedgerSession session, LedgerRequest request) {
        return new Batch(session, request.idempotencyKey(), request.actor().label(), now());
    }

    static LedgerResult refused(LedgerRequest request, Refusal refusal, String message, long available) {
        return new LedgerResult.Refused(request.idempotencyKey(), refusal, message, available);
    }

    static LedgerResult unknownAccount(LedgerRequest request, String accountId) {
        return refused(request, Refusal.UNKNOWN_ACCOUNT, "unknown account " + accountId
                + "; a regulator opens it (chipex ledger open) or a recorded determination does", -1);
    }

    static LedgerResult insufficient(LedgerRequest request, AccountBalance b, long amountTpp) {
        return refused(request, Refusal.INSUFFICIENT_QUOTA, "asked for " + amountTpp + " TPP from " + b.account().id()
                + " but only " + b.availableTpp() + " TPP is available (capacity " + b.capacityTpp() + ", committed "
                + b.committedTpp() + ", reserved " + b.reservedTpp() + ")", b.availableTpp());
    }
}
