package dev.chipex.bench.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM used, as its own GC log ({@code -Xlog:gc:file=...}) reports it: each collection's
 * line gives the heap in use before and after it ({@code 120M->30M(512M)}), so the largest "before"
 * is the peak the collector saw.
 */
final class GcLog {
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    static String option(Path log) {
        return "-Xlog:gc:file=" + log;
    }

    /** The peak heap in use before a collection, in MiB; -1 when the log has no collection (or is missing). */
    static long peakHeapMiB(Path log) {
        try {
            if (!Files.exists(log)) {
                return -1;
            }
            long peak = -1;
            for (String line : Files.readAllLines(log)) {
                Matcher m = HEAP.matcher(line);
                if (m.find()) {
                    peak = Math.max(peak, mebibytes(Long.parseLong(m.group(1)), m.group(2)));
                }
            }
            return peak;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long mebibytes(long value, String unit) {
        return switch (unit) {
            case "K" -> value >> 10;
            case "G" -> value << 10;
            default -> value;
        };
    }
}
