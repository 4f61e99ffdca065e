package dev.chipex.bench.server;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load client on loopback: {@code connections} threads each send the request, wait
 * for the answer and send again, for a bounded time. Records every latency, so percentiles are
 * exact, and counts answers that are not 200 as errors.
 */
final class LoadClient {
    /** What one endpoint did under load. */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long errors) {
    }

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Result run(HttpRequest request, int connections, Duration duration) {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        int[] counts = new int[connections];
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[1 << 20];
            latencies.add(mine);
            int id = c;
            Thread worker = new Thread(() -> {
                try {
                    while (!stop.get() && counts[id] < mine.length) {
                        long began = System.nanoTime();
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        mine[counts[id]++] = System.nanoTime() - began;
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-client-" + c);
            workers.add(worker);
        }
        long began = System.nanoTime();
        workers.forEach(Thread::start);
        try {
            Thread.sleep(duration.toMillis());
            stop.set(true);
            for (Thread worker : workers) {
                worker.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("the load client failed: " + failure.get().getMessage(), failure.get());
        }
        long total = Arrays.stream(counts).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total / seconds, percentile(all, 0.50), percentile(all, 0.99), total, errors.get());
    }

    private static double percentile(long[] sorted, double share) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)] / 1e6;
    }
}
