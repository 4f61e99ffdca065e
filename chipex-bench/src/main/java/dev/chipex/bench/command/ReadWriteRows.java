package dev.chipex.bench.command;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The baseline of {@code check --input FILE --format jsonl}: the same rows read and written as
 * JSON lines, one object per row with the file's columns, and nothing decided. Streams (holds one
 * row at a time). Reads the bench's own files, whose cells are never quoted.
 * {@code java -cp chipex-bench.jar dev.chipex.bench.command.ReadWriteRows FILE > out.jsonl}
 */
public final class ReadWriteRows {
    private ReadWriteRows() {
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             JsonGenerator out = new JsonFactory().createGenerator(new BufferedWriter(new OutputStreamWriter(
                     new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16))) {
            out.setRootValueSeparator(new SerializedString("\n"));
            String[] columns = in.readLine().split(",", -1);
            long rows = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length != columns.length || line.indexOf('"') >= 0) {
                    throw new IllegalArgumentException(args[0] + ": row " + (rows + 1) + " is not a row of the bench's own file");
                }
                out.writeStartObject();
                for (int c = 0; c < columns.length; c++) {
                    if (columns[c].equals("quantity")) {
                        out.writeNumberField(columns[c], Long.parseLong(cells[c]));
                    } else {
                        out.writeStringField(columns[c], cells[c]);
                    }
                }
                out.writeEndObject();
                rows++;
            }
            out.writeRaw('\n');
        }
    }
}
