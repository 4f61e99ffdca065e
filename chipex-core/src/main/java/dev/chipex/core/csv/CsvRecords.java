package dev.chipex.core.csv;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV records (RFC 4180) read one at a time: quoted fields may hold commas, quotes and line
 * breaks; a carriage return outside quotes is dropped; blank lines are skipped. {@link CsvTable}
 * reads a whole text with it and {@code check --input} streams a file with it, so both give the
 * same fields.
 */
public final class CsvRecords {
    /** Where the characters come from, one at a time, with the offset of the next one. */
    public interface Source {
        /** The next character, or -1 at the end. */
        int read() throws IOException;

        /** The next character without consuming it, or -1 at the end. */
        int peek() throws IOException;

        /** Where the next character is (a byte offset in a file, an index in a text). */
        long offset();
    }

    private final Source in;
    private int line;
    private int recordLine;
    private long recordOffset;

    /** {@code line}: the line number of the next character. */
    public CsvRecords(Source in, int line) {
        this.in = in;
        this.line = line;
    }

    /** The line the record last returned starts on. */
    public int recordLine() {
        return recordLine;
    }

    public long recordOffset() {
        return recordOffset;
    }

    /** The line number of the next character (after the record last returned). */
    public int line() {
        return line;
    }

    /** The next record's fields, or null at the end. */
    public List<String> next() throws IOException {
        while (true) {
            recordLine = line;
            recordOffset = in.offset();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean ended = false;
            int c;
            while (!ended && (c = in.read()) != -1) {
                char ch = (char) c;
                if (quoted) {
                    if (ch == '"' && in.peek() == '"') {
                        field.append('"');
                        in.read();
                    } else if (ch == '"') {
                        quoted = false;
                    } else {
                        if (ch == '\n') {
                            line++;
                        }
                        field.append(ch);
                    }
                } else if (ch == '"' && field.length() == 0) {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\n') {
                    line++;
                    ended = true;
                } else if (ch != '\r') {
                    field.append(ch);
                }
            }
            if (!ended && field.length() == 0 && record.isEmpty()) {
                return null;
            }
            record.add(field.toString());
            if (!(record.size() == 1 && record.get(0).isEmpty())) {
                return record;
            }
            if (!ended) {
                return null;
            }
        }
    }
}
