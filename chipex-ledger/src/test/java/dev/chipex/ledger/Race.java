package dev.chipex.ledger;

import dev.chipex.core.ledger.LedgerResult;
import dev.chipex.core.ledger.Refusal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Threads that make their ledger requests all at once, for the tests that race writers for one
 * account: how many requests were recorded, and how many refused for want of quota.
 */
record Race(long recorded, long insufficientQuota) {
    /** A thread's {@code i}-th request. */
    interface Attempt {
        LedgerResult make(int thread, int i);
    }

    static Race run(int threads, int requestsPerThread, Attempt attempt) throws Exception {
        AtomicLong recorded = new AtomicLong();
        AtomicLong insufficient = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < requestsPerThread; i++) {
                        LedgerResult result = attempt.make(thread, i);
                        if (result.isRecorded()) {
                            recorded.incrementAndGet();
                        } else if (((LedgerResult.Refused) result).refusal() == Refusal.INSUFFICIENT_QUOTA) {
                            insufficient.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> thread : done) {
                thread.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Race(recorded.get(), insufficient.get());
    }
}
