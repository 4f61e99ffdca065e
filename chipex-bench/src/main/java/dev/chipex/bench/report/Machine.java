package dev.chipex.bench.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** What the figures ran on; the load average matters on a shared machine. */
public record Machine(String cpu, int cores, long maxHeapMiB, String java, double loadAverage) {

    public static Machine now() {
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                loadAverageNow());
    }

    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** {@code git describe}-like: the short commit of the working directory, "+dirty" when it has changes. */
    static String commit() {
        try {
            String head = git("rev-parse", "--short", "HEAD");
            return head.isEmpty() ? "unknown" : head + (git("status", "--porcelain", "--untracked-files=no").isEmpty() ? "" : "+dirty");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String git(String... args) throws IOException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
