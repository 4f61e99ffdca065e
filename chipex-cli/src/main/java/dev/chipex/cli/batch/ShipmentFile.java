package dev.chipex.cli.batch;

import dev.chipex.core.csv.CsvRecords;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.shipment.ShipmentFields;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A batch file's rows read one at a time from the disk: CSV with a header row, or JSON lines (one
 * object per line), told apart by the first character. A row can be read again by its offset.
 */
final class ShipmentFile implements Closeable {
    private static final int PASS_BUFFER = 1 << 16;
    private static final int ROW_BUFFER = 1 << 10;

    private final Path path;
    private final String source;
    private final boolean jsonLines;
    /** CSV: each known column once, with its first place in the header. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final List<Problem> headerProblems = new ArrayList<>();
    private final Set<String> absentColumns = new LinkedHashSet<>();
    private long dataOffset;
    private int dataLine = 1;
    private CountedChars rowReader;

    private ShipmentFile(Path path, String source, boolean jsonLines) {
        this.path = path;
        this.source = source;
        this.jsonLines = jsonLines;
    }

    /** Opens {@code path}, named {@code source} in problems, and reads a CSV file's header. */
    static ShipmentFile open(Path path, String source) throws IOException {
        try (CountedChars in = new CountedChars(FileChannel.open(path), PASS_BUFFER)) {
            int c = in.read();
            while (c == '\uFEFF' || (c != -1 && Character.isWhitespace(c))) {
                c = in.read();
            }
            ShipmentFile file = new ShipmentFile(path, source, c == '{');
            if (!file.jsonLines) {
                in.seek(0);
                if (in.peek() == '\uFEFF') {
                    in.read();
                }
                CsvRecords records = new CsvRecords(in, 1);
                file.readHeader(records.next());
                file.dataOffset = in.offset();
                file.dataLine = records.line();
            }
            return file;
        }
    }

    String source() {
        return source;
    }

    /** Problems with a CSV header: required columns missing, unknown columns. */
    List<Problem> headerProblems() {
        return headerProblems;
    }

    /** Required columns missing from the header: rows are not blamed for leaving them blank. */
    Set<String> absentColumns() {
        return absentColumns;
    }

    /** The rows in the file's order; problems with a JSON line's shape go to {@code problems}. */
    RowCursor rows(Consumer<Problem> problems) throws IOException {
        CountedChars in = new CountedChars(FileChannel.open(path), PASS_BUFFER);
        in.seek(dataOffset);
        return jsonLines ? new JsonLineCursor(in, problems) : new CsvCursor(in);
    }

    /** The fields of the row that starts at {@code offset}, as {@link #rows} gave them. */
    Map<String, String> fieldsAt(long offset, Consumer<Problem> problems) throws IOException {
        if (rowReader == null) {
            rowReader = new CountedChars(FileChannel.open(path), ROW_BUFFER);
        }
        rowReader.seek(offset);
        WrittenRow row = jsonLines ? new JsonLineCursor(rowReader, problems).next() : new CsvCursor(rowReader).next();
        if (row == null) {
            throw new IOException("no row at byte " + offset);
        }
        return row.fields();
    }

    @Override
    public void close() throws IOException {
        if (rowReader != null) {
            rowReader.close();
        }
    }

    /** One row after another, or null at the end. */
    interface RowCursor extends Closeable {
        WrittenRow next() throws IOException;
    }

    private void readHeader(List<String> record) {
        List<String> header = Optional.ofNullable(record).orElse(List.of()).stream().map(String::strip).toList();
        for (String column : ShipmentFields.REQUIRED) {
            if (!header.contains(column)) {
                absentColumns.add(column);
                headerProblems.add(new Problem(source, 1, "header", "column '" + column + "' is missing; the header "
                        + "row must name " + String.join(", ", ShipmentFields.REQUIRED) + " (optional: "
                        + String.join(", ", ShipmentFields.OPTIONAL) + ")"));
            }
        }
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (Columns.known(column)) {
                columns.putIfAbsent(column, i);
            } else if (!column.isEmpty()) {
                headerProblems.add(new Problem(source, 1, "header", Columns.unknown(column)));
            }
        }
    }

    private final class CsvCursor implements RowCursor {
        private final CountedChars in;
        private final CsvRecords records;
        private int number;

        CsvCursor(CountedChars in) {
            this.in = in;
            this.records = new CsvRecords(in, dataLine);
        }

        @Override
        public WrittenRow next() throws IOException {
            List<String> record = records.next();
            if (record == null) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((column, index) -> {
                if (index < record.size()) {
                    String value = CsvTable.stripAll(record.get(index));
                    if (!value.isEmpty()) {
                        values.put(column, value);
                    }
                }
            });
            return new WrittenRow(++number, records.recordLine(), records.recordOffset(), values);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private final class JsonLineCursor implements RowCursor {
        private final CountedChars in;
        private final Consumer<Problem> problems;
        private final StringBuilder text = new StringBuilder();
        private int line;
        private int number;

        JsonLineCursor(CountedChars in, Consumer<Problem> problems) {
            this.in = in;
            this.problems = problems;
        }

        @Override
        public WrittenRow next() throws IOException {
            while (true) {
                long start = in.offset();
                text.setLength(0);
                int c = in.read();
                if (c == -1) {
                    return null;
                }
                while (c != -1 && c != '\n') {
                    text.append((char) c);
                    c = in.read();
                }
                line++;
                if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
                    text.setLength(text.length() - 1);
                }
                String content = text.toString().replace("\uFEFF", "");
                if (content.isBlank()) {
                    continue;
                }
                number++;
                Optional<Map<String, String>> fields = JsonLine.fields(content, source, line, number, problems);
                if (fields.isPresent()) {
                    return new WrittenRow(number, line, start, fields.get());
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
