package dev.chipex.ledger;

import dev.chipex.core.ledger.AccountBalance;
import dev.chipex.core.ledger.DueAccount;
import dev.chipex.core.ledger.Reservation;
import dev.chipex.core.ledger.ReservationState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a batch's requests will ask first, read for all of them in the round trip that takes the
 * chain head's lock, and then kept up to date by the batch's own writes (no other writer can
 * change these rows while the lock is held): the fingerprints recorded under the requests'
 * idempotency keys, and the accounts they name with their held reservations falling due before
 * {@code horizon}. A question about anything else, or about due reservations after the horizon,
 * is not answered here and goes to the database.
 */
final class ReadAhead {
    /** How far ahead of the batch's start held reservations are read; a longer batch reads the database. */
    static final long HORIZON_MILLIS = 5_000;

    private final Instant horizon;
    /** Fingerprints by key; a key mapped to null was read and is unused. */
    private final Map<String, String> fingerprints = new HashMap<>();
    /** Accounts by id; an id mapped to null was read and is not open. */
    private final Map<String, AccountBalance> accounts = new HashMap<>();
    /** The held reservations due before the horizon, by account, ordered by id as the database orders these ASCII ids. */
    private final Map<String, Map<String, Reservation>> dueSoon = new HashMap<>();

    private ReadAhead(Instant horizon) {
        this.horizon = horizon;
    }

    /** The reads for {@code keys} and {@code accountIds} as of {@code now}, to run after the lock; filled as they run. */
    static ReadAhead of(Set<String> keys, Set<String> accountIds, Instant now, List<Sql.Read> reads) {
        ReadAhead ahead = new ReadAhead(now.plusMillis(HORIZON_MILLIS));
        keys.forEach(key -> ahead.fingerprints.put(key, null));
        if (!keys.isEmpty()) {
            List<String> padded = padded(keys);
            reads.add(new Sql.Read(Rows.FINGERPRINT + " IN (" + placeholders(padded.size()) + ")", padded,
                    row -> ahead.fingerprints.put(row.getString(1), row.getString(2))));
        }
        for (String id : accountIds) {
            ahead.accounts.put(id, null);
            ahead.dueSoon.put(id, new TreeMap<>());
        }
        if (!accountIds.isEmpty()) {
            List<String> padded = padded(accountIds);
            List<Object> parameters = new ArrayList<>();
            parameters.add(ahead.horizon.toEpochMilli());
            parameters.addAll(padded);
            reads.add(new Sql.Read(Rows.DUE_ACCOUNTS + " IN (" + placeholders(padded.size()) + ")", parameters,
                    row -> {
                        AccountBalance balance = Rows.balance(row);
                        ahead.accounts.put(balance.account().id(), balance);
                        if (row.getString(7) != null) {
                            ahead.saved(Rows.reservation(row, 7));
                        }
                    }));
        }
        return ahead;
    }

    /**
     * The accounts and due reservations known here, without the fingerprints: what a later
     * transaction may start from if nothing was written in between ({@link Known}). A copy, so
     * that a transaction that fails leaves the original as it was.
     */
    ReadAhead accountsCopy() {
        ReadAhead copy = new ReadAhead(horizon);
        copy.accounts.putAll(accounts);
        dueSoon.forEach((id, due) -> copy.dueSoon.put(id, new TreeMap<>(due)));
        return copy;
    }

    /**
     * This, and what {@code earlier} knew of other accounts, for a transaction that found nothing
     * changed since {@code earlier} was read: known up to the earlier horizon, so only while
     * that is after {@code now}.
     */
    ReadAhead withEarlier(ReadAhead earlier, Instant now) {
        if (earlier.horizon.isBefore(now) || earlier.horizon.isAfter(horizon)) {
            return this;
        }
        ReadAhead merged = earlier.accountsCopy();
        merged.accounts.putAll(accounts);
        merged.dueSoon.putAll(dueSoon);
        merged.fingerprints.putAll(fingerprints);
        return merged;
    }

    /**
     * The values, the last repeated up to a power of two, so that batches of any size use a few
     * statement texts, each prepared once per connection.
     */
    private static List<String> padded(Set<String> values) {
        List<String> padded = new ArrayList<>(values);
        while (Integer.bitCount(padded.size()) != 1) {
            padded.add(padded.get(padded.size() - 1));
        }
        return padded;
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** The fingerprint under {@code key}, if this key was read ahead: empty when not. */
    Optional<Optional<String>> fingerprint(String key) {
        return fingerprints.containsKey(key) ? Optional.of(Optional.ofNullable(fingerprints.get(key))) : Optional.empty();
    }

    void remembered(String key, String fingerprint) {
        if (fingerprints.containsKey(key)) {
            fingerprints.put(key, fingerprint);
        }
    }

    /** The account, if it was read ahead: empty when not. */
    Optional<Optional<AccountBalance>> account(String accountId) {
        return accounts.containsKey(accountId) ? Optional.of(Optional.ofNullable(accounts.get(accountId)))
                : Optional.empty();
    }

    /** The account and its reservations due at {@code now}, if both were read ahead: empty when not. */
    Optional<Optional<DueAccount>> dueAccount(String accountId, Instant now) {
        if (!accounts.containsKey(accountId) || now.isAfter(horizon)) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(accounts.get(accountId)).map(balance -> new DueAccount(balance,
                dueSoon.get(accountId).values().stream().filter(r -> !r.expiresAt().isAfter(now)).toList())));
    }

    void saved(AccountBalance balance) {
        if (accounts.containsKey(balance.account().id())) {
            accounts.put(balance.account().id(), balance);
        }
    }

    void saved(Reservation reservation) {
        Map<String, Reservation> due = dueSoon.get(reservation.accountId());
        if (due == null) {
            return;
        }
        if (reservation.state() == ReservationState.HELD && !reservation.expiresAt().isAfter(horizon)) {
            due.put(reservation.id(), reservation);
        } else {
            due.remove(reservation.id());
        }
    }
}
