package dev.chipex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints the ledger commands' rows as an aligned table, JSON (through Jackson) or CSV. Kept small
 * and local to the ledger commands until the CLI's shared output helper replaces it.
 */
final class LedgerOutput {
    enum Format { TABLE, JSON, CSV }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LedgerOutput() {
    }

    /** Prints rows; {@code single} prints JSON as one object rather than an array. */
    static void print(PrintWriter out, Format format, List<Map<String, Object>> rows, boolean single) {
        switch (format) {
            case JSON -> out.println(json(single && rows.size() == 1 ? rows.get(0) : rows));
            case CSV -> csv(out, rows);
            default -> table(out, rows);
        }
        out.flush();
    }

    static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger output is plain maps and cannot fail to serialise", e);
        }
    }

    private static void csv(PrintWriter out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        out.println(String.join(",", rows.get(0).keySet()));
        for (Map<String, Object> row : rows) {
            out.println(row.values().stream().map(LedgerOutput::csvCell).collect(Collectors.joining(",")));
        }
    }

    private static String csvCell(Object value) {
        String text = value == null ? "" : value.toString();
        return text.matches(".*[,\"\\n].*") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void table(PrintWriter out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        List<String> headers = new ArrayList<>(rows.get(0).keySet());
        int[] widths = headers.stream().mapToInt(String::length).toArray();
        for (Map<String, Object> row : rows) {
            for (int i = 0; i < headers.size(); i++) {
                widths[i] = Math.max(widths[i], String.valueOf(row.get(headers.get(i))).length());
            }
        }
        out.println(line(headers.stream().map(h -> (Object) h).collect(Collectors.toList()), widths));
        for (Map<String, Object> row : rows) {
            out.println(line(new ArrayList<>(row.values()), widths));
        }
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = String.valueOf(cells.get(i));
            boolean number = cells.get(i) instanceof Number;
            String pad = " ".repeat(widths[i] - cell.length());
            text.append(i == 0 ? "" : "  ").append(number ? pad + cell : cell + (i == cells.size() - 1 ? "" : pad));
        }
        return text.toString();
    }
}
