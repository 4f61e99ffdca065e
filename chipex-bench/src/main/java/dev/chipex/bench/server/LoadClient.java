package dev.chipex.bench.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load client on loopback: sends the request at a fixed rate for a bounded time,
 * whether or not earlier answers have come (as independent users would), and times each answer
 * from the moment its request was due, so a server that falls behind shows in the latencies
 * rather than slowing the client down. Answers other than 200 count as errors.
 */
final class LoadClient {
    /** What one endpoint did at one rate: latencies in milliseconds. */
    record Result(int requests, double sentPerSecond, double p50Millis, double p99Millis, double maxMillis, long errors) {
        static Result of(long[] sortedNanos, double seconds, long errors) {
            return new Result(sortedNanos.length, sortedNanos.length / seconds, percentile(sortedNanos, 0.50),
                    percentile(sortedNanos, 0.99), sortedNanos.length == 0 ? Double.NaN : sortedNanos[sortedNanos.length - 1] / 1e6,
                    errors);
        }
    }

    /** Latencies and errors of every run so far, pooled: the figures are over all of them. */
    static final class Pool {
        private long[] nanos = new long[0];
        private double seconds;
        private long errors;
        private final List<Double> p99s = new ArrayList<>();

        /** Each run's own p99, in milliseconds: a pooled p99 made by one bad run shows here. */
        List<Double> p99s() {
            return List.copyOf(p99s);
        }

        void add(Timed run) {
            long[] own = run.nanos.clone();
            Arrays.sort(own);
            p99s.add(percentile(own, 0.99));
            long[] all = Arrays.copyOf(nanos, nanos.length + run.nanos.length);
            System.arraycopy(run.nanos, 0, all, nanos.length, run.nanos.length);
            nanos = all;
            seconds += run.seconds;
            errors += run.errors;
        }

        Result result() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return Result.of(sorted, seconds, errors);
        }
    }

    /** One run's latencies in nanoseconds, in the order the requests were due, and how long the sending took. */
    record Timed(long[] nanos, double seconds, long errors) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Timed run(HttpRequest request, int perSecond, Duration duration) {
        long interval = 1_000_000_000L / perSecond;
        int requests = (int) Math.max(1, duration.toNanos() / interval);
        long[] latencies = new long[requests];
        AtomicLong errors = new AtomicLong();
        CompletableFuture<?>[] answers = new CompletableFuture<?>[requests];
        long start = System.nanoTime() + 1_000_000;
        for (int i = 0; i < requests; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            int slot = i;
            answers[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[slot] = System.nanoTime() - due;
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            });
        }
        long sent = System.nanoTime();
        try {
            CompletableFuture.allOf(answers).exceptionally(failure -> null).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the server did not answer within a minute of the last request", e);
        }
        return new Timed(latencies, (sent - start + interval) / 1e9, errors.get());
    }

    private static double percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }
}
