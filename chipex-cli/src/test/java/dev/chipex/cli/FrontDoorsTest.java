package dev.chipex.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.chipex.cli.batch.CheckedBatch;
import dev.chipex.cli.output.Json;
import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.decision.Transaction;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.regime.RegimeCatalog;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;
import dev.chipex.sim.demand.DemandCsv;
import dev.chipex.sim.demand.DemandRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The front doors this module sees (the check flags, CSV and JSON-lines batch files, the
 * simulator's demand CSV) give the core reader's transaction, or its problems, for the same
 * shipment fields: chipex-core's shared {@code front-doors.csv}. The HTTP API is held to the same
 * file in chipex-server, the benchmarks' reader in chipex-bench.
 */
class FrontDoorsTest {
    private static final Path SHIPMENTS = Path.of("../chipex-core/src/test/resources/dev/chipex/core/shipment/front-doors.csv");
    private static final List<String> SIMULATOR_COLUMNS = List.of("id", "date", "item", "quantity", "destination",
            "consignee", "consignee_hq", "veu");
    private final ShipmentReader reader = ShipmentReader.of(RegimeCatalog.builtIn());

    @TempDir
    Path dir;

    @Test
    void checkFlags_giveTheCoreReadersTransactionOrProblems() {
        // Flags cannot write a kind other than the two, or open_weights other than true.
        Map<String, Map<String, String>> shipments = shipments(f -> Set.of("", "chips", "model-weights")
                .contains(f.getOrDefault("kind", "").toLowerCase()) && Set.of("", "true").contains(f.getOrDefault("open_weights", "")));
        assertThat(shipments).containsKeys("f1", "f3", "f4", "f5", "b1", "b4");
        shipments.forEach((id, fields) -> {
            ShipmentFlags flags = new ShipmentFlags();
            new CommandLine(flags).parseArgs(flags(fields));

            sameAsCore(id, fields, reader.read(flags.fields(), ShipmentFlags::at), "--");
        });
    }

    @Test
    void csvFile_givesTheCoreReadersTransactionsOrProblems() throws IOException {
        Map<String, Map<String, String>> shipments = shipments(f -> true);
        List<String> header = CsvTable.parse(Files.readString(SHIPMENTS)).header();
        sameAsCore(shipments, batch("f.csv", shipments, f -> header.stream().map(c -> csv(f.getOrDefault(c, "")))
                .collect(Collectors.joining(",")), String.join(",", header)));
    }

    @Test
    void jsonLinesFile_givesTheCoreReadersTransactionsOrProblems() throws IOException {
        Map<String, Map<String, String>> shipments = shipments(f -> true);
        sameAsCore(shipments, batch("f.jsonl", shipments, f -> {
            ObjectNode node = Json.mapper().createObjectNode();
            f.forEach((column, value) -> {
                if (column.equals("quantity") && value.matches("\\d+")) {
                    node.put(column, Long.parseLong(value));
                } else {
                    node.put(column, value);
                }
            });
            return node.toString();
        }, null));
    }

    @Test
    void simulatorDemandCsv_givesTheCoreReadersTransactionsOrProblems() {
        Map<String, Map<String, String>> shipments = shipments(f -> SIMULATOR_COLUMNS.containsAll(f.keySet()));
        assertThat(shipments).containsKeys("f1", "f2", "f6", "b4");
        shipments.forEach((id, fields) -> {
            String text = String.join(",", SIMULATOR_COLUMNS) + "\n"
                    + SIMULATOR_COLUMNS.stream().map(c -> csv(fields.getOrDefault(c, ""))).collect(Collectors.joining(","));
            ShipmentRead core = reader.read(fields, (field, message) -> Problem.of(field, message));
            if (core instanceof ShipmentRead.Accepted accepted) {
                List<DemandRecord> records = DemandCsv.parse("d.csv", text).records();
                assertThat(records).singleElement().extracting(DemandRecord::toTransaction).as(id)
                        .isEqualTo(accepted.transaction());
            } else {
                InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DemandCsv.parse("d.csv", text));
                assertThat(e.problems()).as(id).extracting(Problem::message).containsExactlyElementsOf(messages(core));
                assertThat(e.problems()).extracting(Problem::path).containsExactlyElementsOf(fields(core, ""));
            }
        });
    }

    /** The shared shipments that {@code door} can write, by id, each with its non-blank fields. */
    static Map<String, Map<String, String>> shipments(Predicate<Map<String, String>> door) {
        try {
            CsvTable table = CsvTable.parse(Files.readString(SHIPMENTS, StandardCharsets.UTF_8));
            Map<String, Map<String, String>> shipments = new LinkedHashMap<>();
            for (CsvTable.Row row : table.rows()) {
                Map<String, String> fields = new LinkedHashMap<>();
                table.header().forEach(column -> row.find(column).ifPresent(value -> fields.put(column, value)));
                if (door.test(fields)) {
                    shipments.put(row.get("id"), fields);
                }
            }
            return shipments;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void sameAsCore(String id, Map<String, String> fields, ShipmentRead door, String flagPrefix) {
        ShipmentRead core = reader.read(fields, (field, message) -> Problem.of(field, message));
        if (core instanceof ShipmentRead.Accepted accepted) {
            assertThat(door.orThrow()).as(id).isEqualTo(accepted.transaction());
        } else {
            assertThat(messages(door)).as(id).containsExactlyElementsOf(messages(core));
            assertThat(door.problems()).extracting(Problem::path)
                    .containsExactlyElementsOf(fields(core, flagPrefix).stream().map(f -> f.replace('_', '-'))
                            .map(f -> f.equals("--kind") ? "--model-weights" : f).toList());
        }
    }

    /** The batch file's transactions (valid shipments) and problems by row (the others), as check --input reads them. */
    private record Batch(List<Transaction> transactions, Map<Integer, List<Problem>> problems) {
    }

    private Batch batch(String name, Map<String, Map<String, String>> shipments,
                        java.util.function.Function<Map<String, String>, String> line, String header) throws IOException {
        List<Transaction> transactions;
        Path valid = write(name, shipments, id -> id.startsWith("f"), line, header);
        try (CheckedBatch batch = CheckedBatch.check(valid, reader)) {
            transactions = batch.transactions();
        }
        Path invalid = write("bad-" + name, shipments, id -> id.startsWith("b"), line, header);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CheckedBatch.check(invalid, reader));
        Map<Integer, List<Problem>> byRow = new LinkedHashMap<>();
        e.problems().forEach(p -> byRow.computeIfAbsent(Integer.parseInt(p.path().replaceAll("^row (\\d+).*", "$1")),
                r -> new ArrayList<>()).add(p));
        return new Batch(transactions, byRow);
    }

    private void sameAsCore(Map<String, Map<String, String>> shipments, Batch batch) {
        List<Transaction> expected = new ArrayList<>();
        List<List<String>> expectedProblems = new ArrayList<>();
        shipments.forEach((id, fields) -> {
            ShipmentRead core = reader.read(fields, (field, message) -> Problem.of(field, message));
            if (core instanceof ShipmentRead.Accepted accepted) {
                expected.add(accepted.transaction());
            } else {
                expectedProblems.add(messages(core));
            }
        });
        assertThat(batch.transactions()).containsExactlyElementsOf(expected);
        assertThat(batch.problems().values()).extracting(FrontDoorsTest::messages).containsExactlyElementsOf(expectedProblems);
    }

    private Path write(String name, Map<String, Map<String, String>> shipments, Predicate<String> ids,
                       java.util.function.Function<Map<String, String>, String> line, String header) throws IOException {
        List<String> lines = new ArrayList<>();
        if (header != null) {
            lines.add(header);
        }
        shipments.forEach((id, fields) -> {
            if (ids.test(id)) {
                lines.add(line.apply(fields));
            }
        });
        return Files.write(dir.resolve(name), lines);
    }

    private static String[] flags(Map<String, String> fields) {
        List<String> args = new ArrayList<>();
        fields.forEach((column, value) -> {
            if (column.equals("kind")) {
                if (value.equalsIgnoreCase("model-weights")) {
                    args.add("--model-weights");
                }
            } else if (column.equals("open_weights")) {
                args.add("--open-weights");
            } else {
                args.add("--" + column.replace('_', '-'));
                args.add(value);
            }
        });
        return args.toArray(String[]::new);
    }

    private static String csv(String value) {
        return value.contains(",") ? '"' + value + '"' : value;
    }

    private static List<String> messages(ShipmentRead read) {
        return messages(read.problems());
    }

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    private static List<String> fields(ShipmentRead core, String prefix) {
        return core.problems().stream().map(p -> prefix + p.path()).toList();
    }
}
