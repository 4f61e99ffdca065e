package dev.chipex.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Application-level group commit. Writers queue on the chain head's lock anyway (the hash chain
 * needs one order), so concurrent writes in this process are queued here instead, and one
 * caller at a time leads: it takes every write waiting (up to {@value #MAX_BATCH}) and has them
 * run in one transaction with one commit, that is one fsync, then answers each. A caller gets
 * its answer only after the commit that made its write durable. Once its own write is answered
 * the leader hands the lead to the oldest waiting caller, so no caller serves others for ever.
 * Other processes are unaffected: each batch still takes the chain head's lock.
 */
final class GroupCommit {
    /** Bounds how long one transaction holds the lock, and PostgreSQL's subtransactions per transaction. */
    static final int MAX_BATCH = 32;
    /**
     * How long a leader waits for as many writes as its last batch had. The callers of a batch are
     * answered together and, when they write in a loop, queue again within microseconds; without
     * the wait, the first of them back would lead a batch of one while the rest queue behind it,
     * halving the batches. A writer alone (last batch of one) never waits.
     */
    static final long GATHER_NANOS = 500_000;

    /** Runs a batch in one transaction; must answer every write in it. */
    interface BatchRunner {
        void run(List<QueuedWrite<?>> batch);
    }

    private final BatchRunner runner;
    private final ArrayDeque<QueuedWrite<?>> waiting = new ArrayDeque<>();
    private boolean led;
    private int lastBatchSize = 1;

    GroupCommit(BatchRunner runner) {
        this.runner = runner;
    }

    <T> T submit(Optional<String> idempotencyKey, Set<String> accountIds, Function<JdbcSession, T> work) {
        QueuedWrite<T> mine = new QueuedWrite<>(idempotencyKey, accountIds, work);
        boolean leading;
        synchronized (this) {
            waiting.add(mine);
            leading = !led;
            led = true;
            notifyAll();
        }
        if (leading || mine.awaitTurn()) {
            try {
                while (!mine.isAnswered()) {
                    runAnswered(nextBatch());
                }
            } finally {
                handOver();
            }
        }
        return mine.answer();
    }

    private void runAnswered(List<QueuedWrite<?>> batch) {
        try {
            runner.run(batch);
        } catch (RuntimeException e) {
            batch.stream().filter(w -> !w.isAnswered()).forEach(w -> w.fail(e));
        } catch (Error e) {
            batch.stream().filter(w -> !w.isAnswered()).forEach(w -> w.fail(e));
        }
    }

    /** How many writes wait for a leader to take them. */
    synchronized int waiting() {
        return waiting.size();
    }

    private synchronized List<QueuedWrite<?>> nextBatch() {
        gather(Math.min(lastBatchSize, MAX_BATCH));
        List<QueuedWrite<?>> batch = new ArrayList<>(Math.min(waiting.size(), MAX_BATCH));
        while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
            batch.add(waiting.poll());
        }
        lastBatchSize = batch.size();
        return batch;
    }

    /** Waits, a bounded time, until {@code size} writes wait. */
    private void gather(int size) {
        long deadline = System.nanoTime() + GATHER_NANOS;
        for (long left = GATHER_NANOS; waiting.size() < size && left > 0; left = deadline - System.nanoTime()) {
            try {
                wait(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private synchronized void handOver() {
        QueuedWrite<?> next = waiting.peek();
        if (next == null) {
            led = false;
        } else {
            next.lead();
        }
    }
}
