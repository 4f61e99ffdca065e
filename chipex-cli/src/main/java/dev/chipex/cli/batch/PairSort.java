package dev.chipex.cli.batch;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Pairs of longs sorted by the first, then the second, in bounded memory whatever their number:
 * a run of pairs is sorted in memory and spilled to a file in {@code folder} when full, and the
 * runs are merged (at most {@value #FAN_IN} at a time, so the read buffers stay bounded too).
 */
final class PairSort implements Closeable {
    static final int RUN_PAIRS = 1 << 18;
    private static final int FAN_IN = 64;
    private static final int READ_BUFFER = 1 << 16;

    private final Path folder;
    private final String name;
    private final int runPairs;
    private final long[] buffer;
    private int size;
    private final List<Path> runs = new ArrayList<>();
    /** Runs merged from other runs when there were too many to merge at once. */
    private final List<Path> merges = new ArrayList<>();

    /** {@code runPairs}: how many pairs are sorted in memory before a run is spilled ({@link #RUN_PAIRS}, small in tests). */
    PairSort(Path folder, String name, int runPairs) {
        this.folder = folder;
        this.name = name;
        this.runPairs = runPairs;
        this.buffer = new long[2 * runPairs];
    }

    void add(long first, long second) {
        if (size == runPairs) {
            spill();
        }
        buffer[2 * size] = first;
        buffer[2 * size + 1] = second;
        size++;
    }

    /** Every pair added, in order, after the last {@link #add}; again as often as asked. */
    Pairs sorted() throws IOException {
        if (runs.isEmpty()) {
            PairHeap.sort(buffer, size);
            return new BufferPairs(buffer, size);
        }
        if (size > 0) {
            spill();
        }
        List<Path> level = new ArrayList<>(runs);
        while (level.size() > FAN_IN) {
            List<Path> next = new ArrayList<>();
            for (int from = 0; from < level.size(); from += FAN_IN) {
                next.add(merged(level.subList(from, Math.min(level.size(), from + FAN_IN))));
            }
            level = next;
        }
        return new Merge(level);
    }

    @Override
    public void close() throws IOException {
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
        for (Path run : merges) {
            Files.deleteIfExists(run);
        }
    }

    /** A cursor over sorted pairs. */
    interface Pairs extends Closeable {
        boolean next() throws IOException;

        long first();

        long second();
    }

    private void spill() {
        PairHeap.sort(buffer, size);
        Path run = folder.resolve(name + "-" + runs.size() + ".run");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), READ_BUFFER))) {
            for (int i = 0; i < 2 * size; i++) {
                out.writeLong(buffer[i]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sort file " + run, e);
        }
        runs.add(run);
        size = 0;
    }

    private Path merged(List<Path> group) throws IOException {
        Path run = folder.resolve(name + "-merge-" + merges.size() + ".run");
        merges.add(run);
        try (Merge merge = new Merge(group);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), READ_BUFFER))) {
            while (merge.next()) {
                out.writeLong(merge.first());
                out.writeLong(merge.second());
            }
        }
        return run;
    }

    private static final class BufferPairs implements Pairs {
        private final long[] pairs;
        private final int size;
        private int at = -1;

        BufferPairs(long[] pairs, int size) {
            this.pairs = pairs;
            this.size = size;
        }

        @Override
        public boolean next() {
            return ++at < size;
        }

        @Override
        public long first() {
            return pairs[2 * at];
        }

        @Override
        public long second() {
            return pairs[2 * at + 1];
        }

        @Override
        public void close() {
        }
    }

    /** The smallest head of several sorted runs, one after another. */
    private static final class Merge implements Pairs {
        private final PriorityQueue<Run> heads = new PriorityQueue<>((a, b) -> a.first != b.first
                ? Long.compare(a.first, b.first) : Long.compare(a.second, b.second));
        private final List<Run> open = new ArrayList<>();
        private long first;
        private long second;

        Merge(List<Path> runs) throws IOException {
            for (Path path : runs) {
                Run run = new Run(new DataInputStream(new BufferedInputStream(Files.newInputStream(path), READ_BUFFER)));
                open.add(run);
                if (run.advance()) {
                    heads.add(run);
                }
            }
        }

        @Override
        public boolean next() throws IOException {
            Run run = heads.poll();
            if (run == null) {
                return false;
            }
            first = run.first;
            second = run.second;
            if (run.advance()) {
                heads.add(run);
            }
            return true;
        }

        @Override
        public long first() {
            return first;
        }

        @Override
        public long second() {
            return second;
        }

        @Override
        public void close() throws IOException {
            for (Run run : open) {
                run.in.close();
            }
        }
    }

    private static final class Run {
        final DataInputStream in;
        long first;
        long second;

        Run(DataInputStream in) {
            this.in = in;
        }

        boolean advance() throws IOException {
            try {
                first = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            second = in.readLong();
            return true;
        }
    }
}
