package dev.chipex.sim.demand;

import dev.chipex.core.csv.CsvTable;
import dev.chipex.core.decision.Item;
import dev.chipex.core.item.ChipCatalog;
import dev.chipex.core.item.Classifier;
import dev.chipex.core.problem.InvalidInputException;
import dev.chipex.core.problem.Problem;
import dev.chipex.core.shipment.ShipmentRead;
import dev.chipex.core.shipment.ShipmentReader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demand from a CSV in the batch-check format: columns {@code id, date, item, quantity,
 * destination, consignee, consignee_hq} and optional {@code veu}, read by the core's shipment
 * reader as {@code chipex check} reads them, plus an optional {@code h100e} (the total for the
 * row; required when {@code item} is not a catalog chip). Every problem is reported at once, each
 * with its line and column; nothing is loaded when any row is bad.
 */
public final class DemandCsv {
    static final List<String> REQUIRED = List.of("id", "date", "item", "quantity", "destination", "consignee",
            "consignee_hq");
    private static final List<String> READ = List.of("id", "date", "item", "quantity", "destination", "consignee",
            "consignee_hq", "veu", "h100e");

    private final String source;
    private final DemandItems items = new DemandItems(ChipCatalog.bundled(), Classifier.bundled().h100eTpp());
    private final ShipmentReader reader = new ShipmentReader(Set.of(), this::chip);
    private final List<Problem> problems = new ArrayList<>();

    private DemandCsv(String source) {
        this.source = source;
    }

    /** Reads {@code text}; {@code source} names it in errors and in the data set. */
    public static DemandSet parse(String source, String text) {
        return new DemandCsv(source).read(CsvTable.parse(text));
    }

    private DemandSet read(CsvTable table) {
        for (String column : REQUIRED) {
            if (!table.hasColumn(column)) {
                problems.add(new Problem(source, 1, column, "missing column '" + column + "'; a demand CSV needs "
                        + String.join(", ", REQUIRED) + " (and may add veu, h100e)"));
            }
        }
        List<DemandRecord> records = new ArrayList<>();
        if (problems.isEmpty()) {
            table.rows().forEach(row -> record(row).ifPresent(records::add));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Dataset dataset = new Dataset(source, "as supplied", "as supplied by the file's owner",
                "demand file " + source, records.size(), List.of());
        return new DemandSet(dataset, records, Map.of());
    }

    private Optional<DemandRecord> record(CsvTable.Row row) {
        Map<String, String> fields = new HashMap<>();
        READ.forEach(column -> row.find(column).ifPresent(value -> fields.put(column, value)));
        int before = problems.size();
        double h100e = h100e(row, fields);
        ShipmentRead read = reader.read(fields, (field, message) -> new Problem(source, row.line(), field, message));
        problems.addAll(read.problems());
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(DemandRecord.from(read.orThrow(), Double.isNaN(h100e) ? 0 : h100e));
    }

    /** A catalog chip, or a stand-in sized by the row's H100e for a chip the catalog lacks. */
    private Item.Chips chip(String field, String name, Map<String, String> fields) {
        double h100e = number(fields.get("h100e"));
        if (items.find(name).isEmpty() && Double.isNaN(h100e)) {
            throw InvalidInputException.of(field, "unknown chip '" + name + "': use a catalog name ('chipex chips list') "
                    + "or give the row's total in the h100e column");
        }
        long count;
        try {
            count = Long.parseLong(fields.getOrDefault("quantity", "1"));
        } catch (NumberFormatException e) {
            count = 1;
        }
        return items.item(name, count, Double.isNaN(h100e) ? 0 : h100e);
    }

    /** The row's H100e, NaN when absent; a bad one is a problem. */
    private double h100e(CsvTable.Row row, Map<String, String> fields) {
        String text = fields.get("h100e");
        double value = number(text);
        if (text != null && Double.isNaN(value)) {
            problems.add(new Problem(source, row.line(), "h100e", "'" + text + "' is not a number of 0 or more"));
            fields.remove("h100e");
        }
        return value;
    }

    private static double number(String text) {
        if (text == null) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text);
            return value >= 0 && !Double.isInfinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
