package dev.chipex.bench.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One process run to its end, as from a shell: wall time from start to exit, the CPU time it and
 * its children used, its peak resident memory, its exit code and what its standard error said.
 * Standard output is dropped ({@code > /dev/null}). CPU and memory are read from Linux's /proc
 * (the bench's reaped children's times; the process's VmHWM, polled); elsewhere they are NaN / -1.
 */
record Run(List<String> command, int exitCode, double wallSeconds, double cpuSeconds, long peakRssMiB, String errorTail) {
    /** Linux's USER_HZ, the unit of /proc's CPU times (100 on every mainstream kernel). */
    private static final double TICKS_PER_SECOND = 100;
    private static final long TIMEOUT_MINUTES = 15;

    boolean succeeded() {
        return exitCode == 0;
    }

    /** Fails the benchmark unless the process exited 0. */
    Run orFail() {
        if (!succeeded()) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exitCode + ": " + errorTail);
        }
        return this;
    }

    static Run of(Chipex.Invocation invocation, Path directory) {
        Path errors = null;
        try {
            errors = Files.createTempFile("chipex-bench", ".err");
            ProcessBuilder builder = new ProcessBuilder(invocation.command()).directory(directory.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errors.toFile());
            builder.environment().putAll(invocation.environment());
            double cpuBefore = childrenCpuSeconds();
            long began = System.nanoTime();
            Process process = builder.start();
            AtomicLong peakKiB = new AtomicLong(-1);
            Thread poller = new Thread(() -> pollPeak(process, peakKiB), "bench-rss-poller");
            poller.setDaemon(true);
            poller.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(String.join(" ", invocation.command()) + " ran over " + TIMEOUT_MINUTES + " min");
            }
            double wall = (System.nanoTime() - began) / 1e9;
            poller.join();
            double cpu = childrenCpuSeconds() - cpuBefore;
            return new Run(invocation.command(), process.exitValue(), wall, cpu,
                    peakKiB.get() < 0 ? -1 : peakKiB.get() >> 10, tail(errors));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + invocation.command(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }

    /** VmHWM is the process's high-water mark, so the last reading before it exits is its peak (the launcher execs java: same pid). */
    private static void pollPeak(Process process, AtomicLong peakKiB) {
        Path status = Path.of("/proc/" + process.pid() + "/status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        long kib = Long.parseLong(line.replaceAll("\\D", ""));
                        peakKiB.accumulateAndGet(kib, Math::max);
                    }
                }
                Thread.sleep(20);
            } catch (IOException | RuntimeException e) {
                return; // exited between the check and the read, or no /proc
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** User and system time of this JVM's children that have ended (fields cutime and cstime of /proc/self/stat). */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The first line that names an error or exception (a stack trace's head), else the last line. */
    private static String tail(Path errors) throws IOException {
        List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.contains("Error") || l.contains("Exception")).findFirst()
                .orElse(lines.isEmpty() ? "" : lines.get(lines.size() - 1)).strip();
    }
}
