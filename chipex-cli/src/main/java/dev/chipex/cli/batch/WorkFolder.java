package dev.chipex.cli.batch;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folder of one batch's work files (standard input, the sorts, an output spool), deleted when done. */
final class WorkFolder implements Closeable {
    private final Path path;
    private final int runPairs;

    private WorkFolder(Path path, int runPairs) {
        this.path = path;
        this.runPairs = runPairs;
    }

    /** {@code runPairs}: how many pairs each sort holds in memory before it spills a run to the disk. */
    static WorkFolder create(int runPairs) throws IOException {
        return new WorkFolder(Files.createTempDirectory("chipex-batch-"), runPairs);
    }

    Path resolve(String name) {
        return path.resolve(name);
    }

    PairSort sort(String name) {
        return new PairSort(path, name, runPairs);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the work folder " + path, e);
        }
    }
}
