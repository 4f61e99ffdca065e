package dev.chipex.core.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An RFC 4180 CSV table read whole into memory: quoted fields may hold commas, quotes and
 * line breaks. Columns are looked up by header name because several shipped data sets order
 * their columns arbitrarily. Values are plain strings: "NA" is Namibia, not a null.
 */
public final class CsvTable {
    private final List<String> header;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip(), i);
        }
        this.rows = java.util.Collections.unmodifiableList(rows);
    }

    public static CsvTable parse(Reader reader) {
        return parse(readAll(reader));
    }

    public static CsvTable parse(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        CsvRecords records = new CsvRecords(new TextSource(text, start), 1);
        List<String> header = next(records);
        if (header == null) {
            return new CsvTable(List.of(), List.of());
        }
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(header, rows);
        for (List<String> record = next(records); record != null; record = next(records)) {
            rows.add(table.new Row(records.recordLine(), record));
        }
        return table;
    }

    private static List<String> next(CsvRecords records) {
        try {
            return records.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text in memory as a source of characters. */
    private static final class TextSource implements CsvRecords.Source {
        private final String text;
        private int next;

        TextSource(String text, int start) {
            this.text = text;
            this.next = start;
        }

        @Override
        public int read() {
            return next < text.length() ? text.charAt(next++) : -1;
        }

        @Override
        public int peek() {
            return next < text.length() ? text.charAt(next) : -1;
        }

        @Override
        public long offset() {
            return next;
        }
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) != -1) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String name) {
        return columns.containsKey(name);
    }

    /** One data row; {@code line} is the 1-based line where the row starts in the file. */
    public final class Row {
        private final int line;
        private final List<String> values;

        private Row(int line, List<String> values) {
            this.line = line;
            this.values = List.copyOf(values);
        }

        public int line() {
            return line;
        }

        /** The value in the named column, stripped; empty when blank or absent. */
        public String get(String column) {
            return find(column).orElse("");
        }

        public Optional<String> find(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= values.size()) {
                return Optional.empty();
            }
            String value = stripAll(values.get(index));
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }

    /**
     * Strips Unicode space characters too: some data sets write U+00A0 for "none". Public for
     * readers that stream a CSV file and must give the values this table gives.
     */
    public static String stripAll(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
