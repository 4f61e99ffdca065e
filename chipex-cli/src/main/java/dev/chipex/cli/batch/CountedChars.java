package dev.chipex.cli.batch;

import dev.chipex.core.csv.CsvRecords;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a UTF-8 file, one at a time, with the byte offset of the next one, so that a
 * row can be found again by its offset. Malformed UTF-8 fails, as reading the whole file did.
 */
final class CountedChars implements Closeable, CsvRecords.Source {
    private final FileChannel channel;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes;
    private final CharBuffer chars;
    private boolean endOfInput;
    private boolean done;
    private long offset;

    /** {@code bufferSize}: large for a pass over the whole file, small for rows read one by one at their offsets. */
    CountedChars(FileChannel channel, int bufferSize) throws IOException {
        this.channel = channel;
        this.bytes = ByteBuffer.allocate(bufferSize);
        this.chars = CharBuffer.allocate(bufferSize);
        seek(0);
    }

    void seek(long position) throws IOException {
        channel.position(position);
        offset = position;
        bytes.clear();
        chars.clear().flip();
        decoder.reset();
        endOfInput = false;
        done = false;
    }

    /** The offset in bytes of the next character. */
    @Override
    public long offset() {
        return offset;
    }

    /** The next character, or -1 at the end. */
    @Override
    public int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        char c = chars.get();
        // UTF-8 length: a surrogate pair is four bytes, two for each half.
        offset += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        return c;
    }

    @Override
    public int peek() throws IOException {
        return chars.hasRemaining() || fill() ? chars.get(chars.position()) : -1;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !done) {
            if (!endOfInput && channel.read(bytes) < 0) {
                endOfInput = true;
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            bytes.compact();
            if (result.isError()) {
                result.throwException();
            }
            if (endOfInput && result.isUnderflow()) {
                CoderResult flushed = decoder.flush(chars);
                if (flushed.isError()) {
                    flushed.throwException();
                }
                done = true;
            }
        }
        chars.flip();
        return chars.hasRemaining();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
