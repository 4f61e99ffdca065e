package dev.chipex.bench.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap a JVM used, as its own GC log ({@code -Xlog:gc:file=...}) reports it: each collection's
 * line gives the heap in use before and after it ({@code 120M->30M(512M)}).
 */
final class GcLog {
    private static final Pattern HEAP = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    static String option(Path log) {
        return "-Xlog:gc:file=" + log;
    }

    /**
     * The largest heap in use before a collection (garbage included: what the heap had to hold) and
     * after one (what survived), in MiB; -1 each when the log has no collection or is missing.
     */
    record Peaks(long beforeMiB, long afterMiB) {
        @Override
        public String toString() {
            return beforeMiB < 0 ? "- (no collection)"
                    : String.format(Locale.ROOT, "%,d MiB (%,d MiB after a collection)", beforeMiB, afterMiB);
        }
    }

    static Peaks peaks(Path log) {
        long before = -1;
        long after = -1;
        try {
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log)) {
                    Matcher m = HEAP.matcher(line);
                    if (m.find()) {
                        before = Math.max(before, mebibytes(Long.parseLong(m.group(1)), m.group(2)));
                        after = Math.max(after, mebibytes(Long.parseLong(m.group(3)), m.group(4)));
                    }
                }
            }
        } catch (IOException e) {
            return new Peaks(-1, -1);
        }
        return new Peaks(before, after);
    }

    private static long mebibytes(long value, String unit) {
        return switch (unit) {
            case "K" -> value >> 10;
            case "G" -> value << 10;
            default -> value;
        };
    }
}
