package dev.chipex.cli.batch;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output lines made in date order, put back in the file's order: each line goes to a file on disk
 * as it is made, its place there sorted (on disk too) by the row's place in the input, and the
 * lines are then copied out in that order. Memory stays bounded; the disk holds the output once.
 */
public final class OutputSpool implements Closeable {
    private final Path text;
    private final DataOutputStream out;
    private final PairSort places;
    private long written;

    OutputSpool(WorkFolder work) throws IOException {
        this.text = work.resolve("output.spool");
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(text), 1 << 16));
        this.places = work.sort("output");
    }

    /** Holds {@code line}, the output of the row at {@code place} in the input. */
    public void add(long place, String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        try {
            out.writeInt(bytes.length);
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output spool " + text, e);
        }
        places.add(place, written);
        written += Integer.BYTES + bytes.length;
    }

    /** Writes every line held, in the order of the rows' places in the input. */
    public void writeInInputOrder(Writer target) throws IOException {
        out.close();
        ByteBuffer length = ByteBuffer.allocate(Integer.BYTES);
        ByteBuffer buffer = ByteBuffer.allocate(1 << 12);
        try (FileChannel in = FileChannel.open(text); PairSort.Pairs sorted = places.sorted()) {
            while (sorted.next()) {
                long at = sorted.second();
                int size = read(in, at, length.clear()).getInt(0);
                if (buffer.capacity() < size) {
                    buffer = ByteBuffer.allocate(Math.max(size, 2 * buffer.capacity()));
                }
                buffer.clear().limit(size);
                read(in, at + Integer.BYTES, buffer);
                target.write(new String(buffer.array(), 0, size, StandardCharsets.UTF_8));
            }
        }
    }

    private static ByteBuffer read(FileChannel in, long position, ByteBuffer into) throws IOException {
        long at = position;
        while (into.hasRemaining()) {
            int n = in.read(into, at);
            if (n < 0) {
                throw new IOException("the output spool ends early");
            }
            at += n;
        }
        return into;
    }

    @Override
    public void close() throws IOException {
        out.close();
        places.close();
        Files.deleteIfExists(text);
    }
}
