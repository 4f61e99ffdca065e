package dev.chipex.bench.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** Runs an operation in a loop on some threads for a fixed time and counts how often it completed. */
final class Throughput {
    /** One durable write; {@code n} counts up per thread so keys never repeat. */
    interface Operation {
        void run(int thread, long n) throws Exception;
    }

    private Throughput() {
    }

    static double perSecond(int threads, Duration duration, Operation operation) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[] counts = new long[threads];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    while (!stop.get()) {
                        operation.run(thread, counts[thread]);
                        counts[thread]++;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                }
            }, "bench-writer-" + t);
            worker.start();
            workers.add(worker);
        }
        long began = System.nanoTime();
        start.countDown();
        try {
            Thread.sleep(duration.toMillis());
            stop.set(true);
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long took = System.nanoTime() - began;
        if (failure.get() != null) {
            throw new IllegalStateException("a writer failed: " + failure.get().getMessage(), failure.get());
        }
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total / (took / 1e9);
    }
}
