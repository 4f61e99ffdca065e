package dev.chipex.cli.output;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV output: fields with commas, quotes or line breaks are quoted, quotes doubled. */
public final class Csv {
    private Csv() {
    }

    public static void write(PrintWriter out, List<String> header, List<List<String>> rows) {
        row(out, header);
        rows.forEach(r -> row(out, r));
        out.flush();
    }

    /** One record (the header or a row), for output written a row at a time. */
    public static void row(PrintWriter out, List<String> fields) {
        out.print(record(fields));
    }

    static String record(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
