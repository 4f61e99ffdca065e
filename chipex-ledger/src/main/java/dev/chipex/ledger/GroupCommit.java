package dev.chipex.ledger;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
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

    /** Runs a batch in one transaction; must answer every write in it. */
    interface BatchRunner {
        void run(List<QueuedWrite<?>> batch);
    }

    private final BatchRunner runner;
    private final ArrayDeque<QueuedWrite<?>> waiting = new ArrayDeque<>();
    private boolean led;

    GroupCommit(BatchRunner runner) {
        this.runner = runner;
    }

    <T> T submit(Function<JdbcSession, T> work) {
        QueuedWrite<T> mine = new QueuedWrite<>(work);
        boolean leading;
        synchronized (this) {
            waiting.add(mine);
            leading = !led;
            led = true;
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
        List<QueuedWrite<?>> batch = new ArrayList<>(Math.min(waiting.size(), MAX_BATCH));
        while (!waiting.isEmpty() && batch.size() < MAX_BATCH) {
            batch.add(waiting.poll());
        }
        return batch;
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
