package dev.chipex.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.chipex.cli.output.Json;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a batch of shipments from CSV (with a header row) or JSON lines (one object per line),
 * told apart by the first character. Problems with the file's shape are collected in
 * {@link #problems()}, for the validator to report together with the rows' own problems.
 */
final class TransactionFile {
    static final List<String> REQUIRED = List.of("id", "date", "item", "quantity", "destination", "consignee", "consignee_hq");
    static final List<String> OPTIONAL = List.of("veu", "parent_hq", "end_use", "chips_per_unit", "kind", "training_ops",
            "open_weights");
    /** Read and ignored: batch files written by other tools often carry the H100-equivalents. */
    static final List<String> IGNORED = List.of("h100e");

    private final String source;
    private final List<TransactionRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> absentColumns = new LinkedHashSet<>();

    private TransactionFile(String source) {
        this.source = source;
    }

    /** Reads {@code input}, a path or "-" for {@code stdin}. */
    static TransactionFile read(String input, InputStream stdin, Progress progress) {
        String text;
        try {
            text = input.equals("-") ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(input), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InvalidInputException.of("--input", "cannot read '" + input + "' (" + e.getClass().getSimpleName()
                    + "); give the path of a CSV or JSON-lines file, or - for standard input");
        }
        TransactionFile file = new TransactionFile(input.equals("-") ? "stdin" : input);
        String start = text.replace("\uFEFF", "").stripLeading();
        if (start.startsWith("{")) {
            file.readJsonLines(text, progress);
        } else {
            file.readCsv(text, progress);
        }
        if (file.rows.isEmpty() && file.problems.isEmpty()) {
            file.problems.add(new Problem(file.source, 0, "", "no shipments in the file; write a header row and one row "
                    + "per shipment (columns " + String.join(", ", REQUIRED) + ")"));
        }
        return file;
    }

    String source() {
        return source;
    }

    List<TransactionRow> rows() {
        return rows;
    }

    List<Problem> problems() {
        return problems;
    }

    /** Required columns missing from the header: rows are not blamed for leaving them blank. */
    Set<String> absentColumns() {
        return absentColumns;
    }

    private void readCsv(String text, Progress progress) {
        CsvTable table = CsvTable.parse(text);
        List<String> header = table.header().stream().map(String::strip).toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                absentColumns.add(column);
                problems.add(new Problem(source, 1, "header", "column '" + column + "' is missing; the header row must "
                        + "name " + String.join(", ", REQUIRED) + " (optional: " + String.join(", ", OPTIONAL) + ")"));
            }
        }
        header.stream().filter(c -> !c.isEmpty() && !known(c)).forEach(c -> problems.add(new Problem(source, 1, "header",
                unknownColumn(c))));
        int number = 0;
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> values = new HashMap<>();
            header.stream().filter(TransactionFile::known).forEach(c -> row.find(c).ifPresent(v -> values.put(c, v)));
            rows.add(new TransactionRow(++number, row.line(), values));
            progress.step("read", number);
        }
    }

    private void readJsonLines(String text, Progress progress) {
        String[] lines = text.split("\r?\n", -1);
        int number = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            if (line.isBlank()) {
                continue;
            }
            number++;
            Map<String, String> values = new HashMap<>();
            try {
                JsonNode node = Json.mapper().readTree(line);
                if (node == null || !node.isObject()) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    readField(field.getKey(), field.getValue(), number, i + 1, values);
                }
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(new Problem(source, i + 1, "row " + number, "not a JSON object (" + shortMessage(e)
                        + "); write one object per line, e.g. {\"id\":\"s1\",\"date\":\"2025-06-01\",\"item\":\"H100\",...}"));
                continue;
            }
            rows.add(new TransactionRow(number, i + 1, values));
            progress.step("read", number);
        }
    }

    private void readField(String name, JsonNode value, int number, int line, Map<String, String> values) {
        if (!known(name)) {
            problems.add(new Problem(source, line, "row " + number, unknownColumn(name)));
        } else if (value.isContainerNode()) {
            problems.add(new Problem(source, line, "row " + number + ", " + name, "must be a string, number or boolean"));
        } else if (!value.isNull()) {
            values.put(name, value.asText());
        }
    }

    private static boolean known(String column) {
        return REQUIRED.contains(column) || OPTIONAL.contains(column) || IGNORED.contains(column);
    }

    private static String unknownColumn(String column) {
        return "column '" + column + "' is not one chipex reads; rename or remove it (columns: "
                + String.join(", ", REQUIRED) + "; optional: " + String.join(", ", OPTIONAL) + ")";
    }

    private static String shortMessage(Exception e) {
        String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
