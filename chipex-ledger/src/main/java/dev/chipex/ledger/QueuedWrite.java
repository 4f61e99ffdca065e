package dev.chipex.ledger;

import java.util.function.Function;

/**
 * One caller's write request waiting in {@link GroupCommit}, and its answer. The caller waits
 * until the write is answered, which happens only after the transaction that made it durable
 * committed (or failed), or until it is asked to lead the next batch itself.
 */
final class QueuedWrite<T> {
    private enum State { WAITING, LEADING, ANSWERED }

    private final Function<JdbcSession, T> work;
    private State state = State.WAITING;
    private T result;
    private Throwable failure;

    QueuedWrite(Function<JdbcSession, T> work) {
        this.work = work;
    }

    /** Runs the work; a batch retried after a retryable failure runs it again. */
    T run(JdbcSession session) {
        return work.apply(session);
    }

    @SuppressWarnings("unchecked")
    synchronized void succeed(Object value) {
        result = (T) value;
        answered();
    }

    /** Fails the write: its caller gets {@code cause} thrown as it is. */
    synchronized void fail(RuntimeException cause) {
        failure = cause;
        answered();
    }

    /** Fails the write with an error met while running the batch it was in. */
    synchronized void fail(Error cause) {
        failure = cause;
        answered();
    }

    synchronized void lead() {
        if (state == State.WAITING) {
            state = State.LEADING;
            notifyAll();
        }
    }

    synchronized boolean isAnswered() {
        return state == State.ANSWERED;
    }

    /** Waits until this write is answered or its caller is asked to lead; true if asked to lead. */
    synchronized boolean awaitTurn() {
        boolean interrupted = false;
        while (state == State.WAITING) {
            try {
                wait();
            } catch (InterruptedException e) {
                // the write is already queued and will be answered; leaving now would lose its answer
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return state == State.LEADING;
    }

    /** The result, or the failure thrown; only once answered. */
    synchronized T answer() {
        if (state != State.ANSWERED) {
            throw new IllegalStateException("the write has not been answered yet");
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw (RuntimeException) failure;
        }
        return result;
    }

    private void answered() {
        state = State.ANSWERED;
        notifyAll();
    }
}
