package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The in-memory ledger's state and journal; its owner serialises access. */
final class MapSession implements LedgerSession {
    final List<JournalEntry> journal = new ArrayList<>();
    final Map<String, AccountBalance> accounts = new TreeMap<>();
    final Map<String, Reservation> reservations = new HashMap<>();
    final Map<String, Long> installed = new TreeMap<>();
    final Map<String, Agreement> agreements = new TreeMap<>();
    private final Map<String, String> requests = new HashMap<>();
    private final Map<String, List<JournalEntry>> byKey = new HashMap<>();
    private ChainLink head = ChainLink.GENESIS;

    @Override
    public Optional<AccountBalance> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    @Override
    public Optional<Reservation> reservation(String reservationId) {
        return Optional.ofNullable(reservations.get(reservationId));
    }

    @Override
    public Optional<DueAccount> dueAccount(String accountId, Instant now) {
        return account(accountId).map(balance -> new DueAccount(balance, reservations.values().stream()
                .filter(r -> r.accountId().equals(accountId) && r.isOverdue(now))
                .toList()));
    }

    @Override
    public Map<String, Long> fleet(String veu) {
        Map<String, Long> fleet = new TreeMap<>();
        installed.forEach((position, tpp) -> {
            if (Installation.veuOf(position).equals(veu)) {
                fleet.put(Installation.countryOf(position), tpp);
            }
        });
        return fleet;
    }

    @Override
    public boolean agreementExists(String agreementId) {
        return agreements.containsKey(agreementId);
    }

    @Override
    public Optional<String> requestFingerprint(String idempotencyKey) {
        return Optional.ofNullable(requests.get(idempotencyKey));
    }

    @Override
    public List<JournalEntry> entriesOf(String idempotencyKey) {
        return List.copyOf(byKey.getOrDefault(idempotencyKey, List.of()));
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
        journal.add(entry);
        byKey.computeIfAbsent(entry.idempotencyKey(), k -> new ArrayList<>()).add(entry);
        head = entry.link();
    }

    @Override
    public void saveAccount(AccountBalance balance) {
        accounts.put(balance.account().id(), balance);
    }

    @Override
    public void saveReservation(Reservation reservation) {
        reservations.put(reservation.id(), reservation);
    }

    @Override
    public void saveInstalled(String veu, String country, long installedTpp) {
        installed.put(veu + "@" + country, installedTpp);
    }

    @Override
    public void saveAgreement(Agreement agreement) {
        agreements.put(agreement.id(), agreement);
    }

    @Override
    public void rememberRequest(String idempotencyKey, String fingerprint) {
        requests.put(idempotencyKey, fingerprint);
    }

    Projection projection() {
        return new Projection(accounts, reservations, installed, agreements.values().stream()
                .collect(Collectors.toMap(Agreement::id, Agreement::describe)));
    }
}
