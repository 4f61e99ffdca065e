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
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        boolean quoted = false;
        while (i < text.length()) {
            char ch = text.charAt(i++);
            if (quoted) {
                if (ch == '"' && i < text.length() && text.charAt(i) == '"') {
                    field.append('"');
                    i++;
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
                endRecord(field, record, records, lines, recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            endRecord(field, record, records, lines, recordLine);
        }
        if (records.isEmpty()) {
            return new CsvTable(List.of(), List.of());
        }
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(records.get(0), rows);
        for (int r = 1; r < records.size(); r++) {
            rows.add(table.new Row(lines.get(r), records.get(r)));
        }
        return table;
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

    private static void endRecord(StringBuilder field, List<String> record, List<List<String>> records,
                                  List<Integer> lines, int recordLine) {
        record.add(field.toString());
        field.setLength(0);
        if (!(record.size() == 1 && record.get(0).isEmpty())) {
            records.add(record);
            lines.add(recordLine);
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
