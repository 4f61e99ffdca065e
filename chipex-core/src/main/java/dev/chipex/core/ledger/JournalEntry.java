package dev.chipex.core.ledger;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the append-only journal. Each entry states the account's balances after it, so the
 * balances can be re-derived and checked, and hashes its canonical form together with the
 * previous entry's hash, so an edited or deleted row breaks the chain.
 *
 * @param accountId the quota account id, a validated end user's position ({@code veu@country})
 *                  for installed compute, or the agreement id
 * @param amountTpp the entry's amount; signed only for adjustments
 */
public record JournalEntry(long sequence, String idempotencyKey, Instant recordedAt, EntryType type,
                           String accountId, long amountTpp, String reservationId, Instant expiresAt,
                           long capacityAfterTpp, long committedAfterTpp, long reservedAfterTpp,
                           String actor, String note, String previousHash, String hash) {
    private static final String SEPARATOR = "\u001f";

    public JournalEntry {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
        if (sequence < 1) {
            throw new IllegalArgumentException("journal sequence numbers start at 1");
        }
    }

    /** Builds the entry that follows {@code previous} (sequence and hash), hashing it. */
    static JournalEntry chained(ChainLink previous, String idempotencyKey, Instant recordedAt, EntryType type,
                                String accountId, long amountTpp, String reservationId, Instant expiresAt,
                                long[] capacityCommittedReservedAfter, String actor, String note) {
        long[] after = capacityCommittedReservedAfter;
        JournalEntry unhashed = new JournalEntry(previous.sequence() + 1, idempotencyKey, recordedAt, type,
                accountId, amountTpp, reservationId, expiresAt, after[0], after[1], after[2],
                actor, note, previous.hash(), "");
        return unhashed.withHash(unhashed.computedHash());
    }

    /** The hash this entry's fields and previous hash give; differs from {@link #hash()} if edited. */
    public String computedHash() {
        return ChainHash.of(previousHash, canonical());
    }

    public long usedAfterTpp() {
        return committedAfterTpp + reservedAfterTpp;
    }

    public long availableAfterTpp() {
        return capacityAfterTpp - usedAfterTpp();
    }

    public ChainLink link() {
        return new ChainLink(sequence, hash);
    }

    private JournalEntry withHash(String newHash) {
        return new JournalEntry(sequence, idempotencyKey, recordedAt, type, accountId, amountTpp, reservationId,
                expiresAt, capacityAfterTpp, committedAfterTpp, reservedAfterTpp, actor, note, previousHash, newHash);
    }

    private String canonical() {
        return String.join(SEPARATOR, Long.toString(sequence), idempotencyKey,
                Long.toString(recordedAt.toEpochMilli()), type.name(), accountId, Long.toString(amountTpp),
                reservationId == null ? "" : reservationId,
                expiresAt == null ? "" : Long.toString(expiresAt.toEpochMilli()),
                Long.toString(capacityAfterTpp), Long.toString(committedAfterTpp), Long.toString(reservedAfterTpp),
                actor, note);
    }
}
