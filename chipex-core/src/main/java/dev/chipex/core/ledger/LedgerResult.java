package dev.chipex.core.ledger;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a state-changing request: either the journal entries it wrote, or why it was
 * refused. Business outcomes are values, never exceptions.
 */
public sealed interface LedgerResult {

    String idempotencyKey();

    boolean isRecorded();

    /**
     * The request's journal entries, in order. {@code replayed} is true when the key had been used
     * before and these are the entries the first request wrote.
     */
    record Recorded(String idempotencyKey, List<JournalEntry> entries, boolean replayed) implements LedgerResult {
        public Recorded {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            entries = List.copyOf(entries);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("a recorded request wrote at least one entry");
            }
        }

        @Override
        public boolean isRecorded() {
            return true;
        }

        /** The reservation this request created or settled, if any. */
        public Optional<String> reservationId() {
            return entries.stream().map(JournalEntry::reservationId).filter(Objects::nonNull).findFirst();
        }

        public JournalEntry last() {
            return entries.get(entries.size() - 1);
        }
    }

    /** Nothing was written. {@code availableTpp} is what the account had, or -1 when not relevant. */
    record Refused(String idempotencyKey, Refusal refusal, String message, long availableTpp) implements LedgerResult {
        public Refused {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(refusal, "refusal");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public boolean isRecorded() {
            return false;
        }
    }
}
