package dev.chipex.bench.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writer threads, each running one durable write after another for a fixed time, every write's
 * latency recorded (so percentiles are exact).
 */
final class Writers {
    /** One durable write; {@code n} counts up per thread so keys never repeat. */
    interface Write {
        void run(int thread, long n) throws Exception;
    }

    /** What the writers did: writes in all, over how long, and each write's latency in nanoseconds, sorted. */
    record Sample(int writers, long writes, double seconds, long[] sortedNanos) {
        /** Writes a second per writer. */
        double perWriter() {
            return writes / seconds / writers;
        }

        double p99Millis() {
            return sortedNanos.length == 0 ? Double.NaN
                    : sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(0.99 * sortedNanos.length) - 1)] / 1e6;
        }

        /** This and {@code other} together, as one longer run. */
        Sample and(Sample other) {
            long[] all = Arrays.copyOf(sortedNanos, sortedNanos.length + other.sortedNanos.length);
            System.arraycopy(other.sortedNanos, 0, all, sortedNanos.length, other.sortedNanos.length);
            Arrays.sort(all);
            return new Sample(writers, writes + other.writes, seconds + other.seconds, all);
        }
    }

    private Writers() {
    }

    static Sample run(int writers, Duration duration, Write write) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long[][] latencies = new long[writers][1 << 16];
        int[] counts = new int[writers];
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < writers; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    while (!stop.get()) {
                        long began = System.nanoTime();
                        write.run(thread, counts[thread]);
                        if (counts[thread] == latencies[thread].length) {
                            latencies[thread] = Arrays.copyOf(latencies[thread], counts[thread] * 2);
                        }
                        latencies[thread][counts[thread]++] = System.nanoTime() - began;
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                    stop.set(true);
                }
            }, "bench-writer-" + t);
            worker.start();
            threads.add(worker);
        }
        long began = System.nanoTime();
        start.countDown();
        try {
            Thread.sleep(duration.toMillis());
            stop.set(true);
            for (Thread worker : threads) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("a writer failed: " + failure.get().getMessage(), failure.get());
        }
        long[] all = new long[Arrays.stream(counts).sum()];
        int at = 0;
        for (int t = 0; t < writers; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        return new Sample(writers, all.length, seconds, all);
    }
}
