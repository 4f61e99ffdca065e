package dev.chipex.cli.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV records (RFC 4180) read one at a time, by the rules of the core's {@code CsvTable}, so that
 * a file gives the same fields streamed as read whole: quoted fields may hold commas, quotes and
 * line breaks; a carriage return outside quotes is dropped; blank lines are skipped.
 */
final class CsvRecords {
    private final CountedChars in;
    private int line;
    private int recordLine;
    private long recordOffset;

    /** {@code line}: the line number of the next character. */
    CsvRecords(CountedChars in, int line) {
        this.in = in;
        this.line = line;
    }

    /** The line the record last returned starts on. */
    int recordLine() {
        return recordLine;
    }

    long recordOffset() {
        return recordOffset;
    }

    /** The line number of the next character (after the record last returned). */
    int line() {
        return line;
    }

    /** The next record's fields, or null at the end. */
    List<String> next() throws IOException {
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
