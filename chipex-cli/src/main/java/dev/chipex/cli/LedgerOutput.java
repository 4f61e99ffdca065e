package dev.chipex.cli;

import dev.chipex.cli.output.Csv;
import dev.chipex.cli.output.Json;
import dev.chipex.cli.output.OutputFormat;
import dev.chipex.cli.output.Table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger commands' rows (ordered maps with the same keys) printed through the CLI's shared
 * output: an aligned table, JSON or CSV.
 */
final class LedgerOutput {
    private LedgerOutput() {
    }

    /** Prints rows; {@code single} prints JSON as one object rather than an array. */
    static void print(PrintWriter out, OutputFormat format, List<Map<String, Object>> rows, boolean single) {
        switch (format.requireOneOf("ledger", OutputFormat.TABLE, OutputFormat.JSON, OutputFormat.CSV)) {
            case JSON:
                Json.write(out, single && rows.size() == 1 ? rows.get(0) : rows);
                break;
            case CSV:
                if (!rows.isEmpty()) {
                    Csv.write(out, new ArrayList<>(rows.get(0).keySet()), rows.stream().map(LedgerOutput::cells).toList());
                }
                break;
            default:
                table(out, rows);
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

    private static void table(PrintWriter out, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            out.println("(none)");
            return;
        }
        Table table = Table.withColumns(rows.get(0).keySet().toArray(String[]::new));
        rows.forEach(row -> table.row(row.values().toArray()));
        table.print(out);
    }

    private static List<String> cells(Map<String, Object> row) {
        return row.values().stream().map(v -> v == null ? "" : v.toString()).toList();
    }
}
